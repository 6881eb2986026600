package dev.tiac.export;

import dev.tiac.config.schema.SecretFields;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.nodes.Node;
import tools.jackson.databind.JsonNode;

/**
 * Writes a desired-state file from a {@link LiveTenant}: what the services show as live entries;
 * what only a person can confirm (a runbook-only setting, a write-only password, an attribute no
 * console shows) as commented entries. Secrets are always {@code ${env:…}} placeholders. The file
 * is built as YAML nodes and written by snakeyaml-engine, so any text a console holds round-trips.
 */
public final class ExportWriter {
  static final String MODELINE = "yaml-language-server: $schema=https://tiac.dev/schemas/tiac-v1.schema.json";

  private ExportWriter() {}

  /**
   * @param name the setup's metadata name
   * @param connections the connections section to keep (from {@code --from}), if any
   */
  public static String write(LiveTenant tenant, String name, Optional<JsonNode> connections) {
    YamlTree.Map root = new YamlTree.Map().comment(MODELINE, "",
        "Exported by tiac export from the live services. Review every commented entry: it is a setting",
        "tiac could not read (a console step only a runbook confirms, a write-only secret, or an attribute",
        "the console does not show). Uncomment what is true for this tenant, then run tiac plan.");
    root.put("apiVersion", YamlTree.text("tiac.dev/v1")).put("kind", YamlTree.text("ThreatInvestigationSetup"))
        .put("metadata", new YamlTree.Map().put("name", YamlTree.text(name)).node());
    connections.ifPresentOrElse(c -> root.comment("").put("connections", copy(c, "/connections")),
        () -> root.comment("", "connections: none exported (the sandbox's are used with --sandbox); see docs/format.md."));
    section(root, "cloudAppSecurity", s -> cas(s, tenant));
    section(root, "apexCentral", s -> apexCentral(s, tenant));
    section(root, "apexOne", s -> apexOne(s, tenant));
    return YamlTree.write(root.node());
  }

  /** A top-level section; commented out as a whole when nothing in it is live (YAML refuses an empty mapping). */
  private static void section(YamlTree.Map root, String name, Consumer<YamlTree.Map> body) {
    YamlTree.Map section = new YamlTree.Map();
    body.accept(section);
    root.comment("");
    if (section.hasEntries()) {
      root.put(name, section.node());
    } else {
      root.comment(name + ":");
      section.commentedOut().forEach(line -> root.comment("  # " + line.replaceFirst("^# ?", "")));
    }
  }

  private static void cas(YamlTree.Map s, LiveTenant t) {
    if (t.runbookOnly().contains(ResourceKind.CAS_POLICY)) {
      s.comment("Only the console shows these: confirm them there (tiac attest records who did).",
          "serviceAccount:", "  type: exchangeOnline", "policies:", "  - name: Default Exchange Policy ATP", "    status: \"ON\"",
          "  - name: Default Exchange Policy DLP", "    status: \"OFF\"");
    } else {
      for (LiveResource a : t.of(ResourceKind.CAS_SERVICE_ACCOUNT)) {
        YamlTree.Map account = new YamlTree.Map();
        Optional.ofNullable(a.attributes().get("administrator")).ifPresentOrElse(admin -> account.put("administrator", YamlTree.of(admin)),
            () -> account.comment("administrator: the Microsoft 365 administrator who granted consent (the console does not show it)"));
        s.put("serviceAccount", account.put("type", attribute(a, "type")).node());
      }
      List<Node> policies = new ArrayList<>();
      t.of(ResourceKind.CAS_POLICY).forEach(p -> policies.add(new YamlTree.Map().put("name", YamlTree.text(p.address().key()))
          .put("status", attribute(p, "status")).node()));
      if (!policies.isEmpty()) {
        s.put("policies", YamlTree.block(policies));
      }
      List<Node> tokens = new ArrayList<>();
      t.of(ResourceKind.CAS_TOKEN).forEach(token -> tokens.add(token(token)));
      if (!tokens.isEmpty()) {
        s.put("tokens", YamlTree.block(tokens));
      }
    }
    for (LiveResource l : t.of(ResourceKind.CAS_BLOCKED_LISTS)) {
      YamlTree.Map lists = new YamlTree.Map();
      for (String list : List.of("senders", "urls", "fileSha1", "fileSha256")) {
        List<String> items = Optional.ofNullable(l.attributes().get(list)).map(Value::texts).orElse(List.of());
        if (!items.isEmpty()) {
          lists.put(list, YamlTree.block(items.stream().map(YamlTree::text).toList()));
        }
      }
      s.put("blockedLists", lists.node());
    }
  }

  private static Node token(LiveResource token) {
    Map<String, Value> a = token.attributes();
    YamlTree.Map m = new YamlTree.Map().put("name", YamlTree.text(token.address().key()));
    Optional.ofNullable(a.get("description")).ifPresent(d -> m.put("description", YamlTree.of(d)));
    m.put("target", attribute(token, "target")).put("apiTypes", attribute(token, "apiTypes"));
    Optional.ofNullable(a.get("expiresAt")).flatMap(Value::asText).filter(e -> !e.isBlank()).ifPresent(e -> m.comment("expires " + YamlTree.inline(toTheSecond(e))));
    String delivery = Value.textOf(a, "deliverTo", "refs");
    if (!a.containsKey("deliverTo")) {
      m.comment("The console shows a token's value only when it is created; where it went is not shown.");
    }
    return m.put("deliverTo", delivery.startsWith("file:")
        ? new YamlTree.Map().put("file", YamlTree.text(delivery.substring("file:".length()))).node()
        : new YamlTree.Map().put("refsOnly", YamlTree.bool(true)).node()).node();
  }

  private static void apexCentral(YamlTree.Map s, LiveTenant t) {
    String account = t.of(ResourceKind.CLOUD_SERVICE_SETTINGS).stream().flatMap(c -> Optional.ofNullable(c.attributes().get("account")).stream())
        .flatMap(a -> a.asText().stream()).findFirst().orElse("licensing-account@example.com");
    s.comment("The licensing password is write-only: no service shows it back. Confirm the account, then uncomment.",
        "cloudServiceSettings:", "  account: " + YamlTree.inline(account), "  password: ${env:TIAC_CLP_PASSWORD}");
    List<LiveResource> sync = t.of(ResourceKind.AD_SYNC);
    if (t.runbookOnly().contains(ResourceKind.AD_SYNC) || sync.isEmpty()) {
      s.comment("activeDirectorySync:", "  enabled: true", "  syncTool:", "    server: the AD server that runs the sync tool");
    } else {
      YamlTree.Map adSync = new YamlTree.Map().put("enabled", attribute(sync.get(0), "enabled"));
      t.of(ResourceKind.AD_SYNC_TOOL).stream().findFirst().ifPresent(tool -> {
        YamlTree.Map syncTool = new YamlTree.Map().put("server", attribute(tool, "server"));
        Optional.ofNullable(tool.attributes().get("scheduleHours")).ifPresentOrElse(h -> syncTool.put("scheduleHours", YamlTree.of(h)),
            () -> syncTool.comment("scheduleHours: kept on the AD server, not shown by the console"));
        adSync.put("syncTool", syncTool.node());
      });
      s.put("activeDirectorySync", adSync.node());
    }
    List<Node> objects = new ArrayList<>();
    for (LiveResource o : t.of(ResourceKind.SUSPICIOUS_OBJECT)) {
      YamlTree.Map m = new YamlTree.Map().put("type", attribute(o, "type")).put("value", attribute(o, "value")).put("scanAction", attribute(o, "scanAction"));
      Optional.ofNullable(o.attributes().get("notes")).filter(n -> !n.equals(Value.text(""))).ifPresent(n -> m.put("notes", YamlTree.of(n)));
      Optional.ofNullable(o.attributes().get("expires")).ifPresent(e -> m.put("expires", YamlTree.of(e)));
      objects.add(m.node());
    }
    if (!objects.isEmpty()) {
      s.put("suspiciousObjects", YamlTree.block(objects));
    }
  }

  private static void apexOne(YamlTree.Map s, LiveTenant t) {
    List<LiveResource> policies = t.of(ResourceKind.APEXONE_POLICY);
    if (t.runbookOnly().contains(ResourceKind.APEXONE_POLICY) || policies.isEmpty()) {
      s.comment("policies: the Security Agent policies that enable Endpoint Sensor (confirm them in Apex Central)");
    } else {
      List<Node> out = new ArrayList<>();
      for (LiveResource p : policies) {
        Map<String, Value> a = p.attributes();
        // The type first, as a person writes targets; a policy with none shown targets all.
        Map<String, Value> shown = a.getOrDefault("targets", Value.map(Map.of())).fields();
        YamlTree.Map targets = new YamlTree.Map().put("type", YamlTree.of(shown.getOrDefault("type", Value.text("all"))));
        shown.forEach((k, v) -> {
          if (!k.equals("type")) {
            targets.put(k, YamlTree.of(v));
          }
        });
        out.add(new YamlTree.Map().put("name", YamlTree.text(p.address().key())).put("targets", targets.node())
            .put("platforms", new YamlTree.Map().put("windowsDesktop", attribute(p, "windowsDesktop")).put("windowsServer", attribute(p, "windowsServer")).node())
            .put("endpointSensor", new YamlTree.Map().put("enabled", attribute(p, "endpointSensor")).node())
            .put("deploy", attribute(p, "deploy")).node());
      }
      s.put("policies", YamlTree.block(out));
    }
    s.comment("emailClient: a check, not a setting; declare it to have tiac drift report endpoints without Outlook");
  }

  /** The console's expiry time without its fractions of a second; anything else as it came. */
  private static String toTheSecond(String instant) {
    try {
      return java.time.Instant.parse(instant).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    } catch (java.time.format.DateTimeParseException e) {
      return instant;
    }
  }

  /** An attribute the reader always sets for this kind. */
  private static Node attribute(LiveResource r, String name) {
    return YamlTree.of(Optional.ofNullable(r.attributes().get(name))
        .orElseThrow(() -> new IllegalStateException(r.address() + " was read without its " + name)));
  }

  /** A subtree of the source file, with every secret replaced by an environment placeholder. */
  private static Node copy(JsonNode node, String pointer) {
    if (node.isObject()) {
      YamlTree.Map m = new YamlTree.Map();
      node.properties().forEach(e -> m.put(e.getKey(), copy(e.getValue(), pointer + "/" + e.getKey())));
      return m.node();
    }
    if (node.isArray()) {
      List<Value> items = new ArrayList<>();
      node.forEach(v -> items.add(Value.of(v)));
      return YamlTree.of(Value.list(items));
    }
    if (node.isString() && SecretFields.isSecret(pointer) && !node.asString().startsWith("${")) {
      return YamlTree.text("${env:TIAC_" + pointer.substring(1).replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT) + "}");
    }
    return YamlTree.of(Value.of(node));
  }
}
