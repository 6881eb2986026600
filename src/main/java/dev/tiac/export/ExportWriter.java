package dev.tiac.export;

import dev.tiac.config.schema.SecretFields;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Writes a desired-state file from a {@link LiveTenant}: what the services show as live entries;
 * what only a person can confirm (a runbook-only setting, a write-only password, an attribute no
 * console shows) as commented entries. Secrets are always {@code ${env:…}} placeholders.
 */
public final class ExportWriter {
  static final String MODELINE = "# yaml-language-server: $schema=https://tiac.dev/schemas/tiac-v1.schema.json";

  private ExportWriter() {}

  /**
   * @param name the setup's metadata name
   * @param connections the connections section to keep (from {@code --from}), if any
   */
  public static String write(LiveTenant tenant, String name, Optional<JsonNode> connections) {
    StringBuilder y = new StringBuilder(MODELINE).append("\n#\n");
    y.append("# Exported by tiac export from the live services. Review every commented entry: it is a setting\n");
    y.append("# tiac could not read (a console step only a runbook confirms, a write-only secret, or an attribute\n");
    y.append("# the console does not show). Uncomment what is true for this tenant, then run tiac plan.\n");
    y.append("apiVersion: tiac.dev/v1\nkind: ThreatInvestigationSetup\nmetadata:\n  name: ").append(Yaml.scalar(name)).append("\n");
    connections.ifPresentOrElse(c -> {
      y.append("\nconnections:\n");
      node(y, c, "/connections", 1);
    }, () -> y.append("\n# connections: none exported (the sandbox's are used with --sandbox); see docs/format.md.\n"));
    section(y, "cloudAppSecurity", b -> cas(b, tenant));
    section(y, "apexCentral", b -> apexCentral(b, tenant));
    section(y, "apexOne", b -> apexOne(b, tenant));
    return y.toString();
  }

  /** A top-level section; commented out as a whole when nothing in it is live (YAML refuses an empty mapping). */
  private static void section(StringBuilder y, String name, java.util.function.Consumer<StringBuilder> body) {
    StringBuilder b = new StringBuilder();
    body.accept(b);
    boolean live = b.toString().lines().anyMatch(l -> !l.isBlank() && !l.stripLeading().startsWith("#"));
    y.append("\n").append(live ? "" : "# ").append(name).append(":\n").append(b);
  }

  private static void cas(StringBuilder y, LiveTenant t) {
    List<LiveResource> accounts = t.of(ResourceKind.CAS_SERVICE_ACCOUNT);
    List<LiveResource> policies = t.of(ResourceKind.CAS_POLICY);
    List<LiveResource> tokens = t.of(ResourceKind.CAS_TOKEN);
    List<LiveResource> lists = t.of(ResourceKind.CAS_BLOCKED_LISTS);
    if (t.runbookOnly().contains(ResourceKind.CAS_POLICY)) {
      y.append("  # Only the console shows these: confirm them there (tiac attest records who did).\n");
      y.append("  # serviceAccount:\n  #   type: exchangeOnline\n");
      y.append("  # policies:\n  #   - name: Default Exchange Policy ATP\n  #     status: \"ON\"\n");
      y.append("  #   - name: Default Exchange Policy DLP\n  #     status: \"OFF\"\n");
    } else {
      for (LiveResource a : accounts) {
        y.append("  serviceAccount:\n    type: ").append(Yaml.scalar(a.attributes().get("type"))).append("\n");
        Optional.ofNullable(a.attributes().get("administrator")).ifPresentOrElse(
            admin -> y.append("    administrator: ").append(Yaml.scalar(admin)).append("\n"),
            () -> y.append("    # administrator: the Microsoft 365 administrator who granted consent (the console does not show it)\n"));
      }
      if (!policies.isEmpty()) {
        y.append("  policies:\n");
        policies.forEach(p -> y.append("    - name: ").append(Yaml.scalar(p.address().key())).append("\n      status: \"")
            .append(p.attributes().get("status")).append("\"\n"));
      }
      if (!tokens.isEmpty()) {
        y.append("  tokens:\n");
        for (LiveResource token : tokens) {
          Map<String, String> a = token.attributes();
          y.append("    - name: ").append(Yaml.scalar(token.address().key())).append("\n");
          Optional.ofNullable(a.get("description")).ifPresent(d -> y.append("      description: ").append(Yaml.scalar(d)).append("\n"));
          y.append("      target: ").append(a.get("target")).append("\n");
          y.append("      apiTypes: ").append(Yaml.list(Yaml.items(a.get("apiTypes")))).append("\n");
          String delivery = a.getOrDefault("deliverTo", "refs");
          if (!a.containsKey("deliverTo")) {
            y.append("      # The console shows a token's value only when it is created; where it went is not shown.\n");
          }
          y.append("      deliverTo:\n").append(delivery.startsWith("file:")
              ? "        file: " + Yaml.scalar(delivery.substring(5)) + "\n" : "        refsOnly: true\n");
          Optional.ofNullable(a.get("expiresAt")).filter(e -> !e.isBlank()).ifPresent(e -> y.append("      # expires ").append(e).append("\n"));
        }
      }
    }
    for (LiveResource l : lists) {
      y.append("  blockedLists:\n");
      for (String list : List.of("senders", "urls", "fileSha1", "fileSha256")) {
        List<String> items = Yaml.items(l.attributes().get(list));
        if (!items.isEmpty()) {
          y.append("    ").append(list).append(":\n");
          items.forEach(i -> y.append("      - ").append(Yaml.scalar(i)).append("\n"));
        }
      }
    }
  }

  private static void apexCentral(StringBuilder y, LiveTenant t) {
    List<LiveResource> css = t.of(ResourceKind.CLOUD_SERVICE_SETTINGS);
    String account = css.stream().map(c -> c.attributes().get("account")).filter(a -> a != null).findFirst().orElse("licensing-account@example.com");
    y.append("  # The licensing password is write-only: no service shows it back. Confirm the account, then uncomment.\n");
    y.append("  # cloudServiceSettings:\n  #   account: ").append(Yaml.scalar(account)).append("\n  #   password: ${env:TIAC_CLP_PASSWORD}\n");
    List<LiveResource> sync = t.of(ResourceKind.AD_SYNC);
    List<LiveResource> tools = t.of(ResourceKind.AD_SYNC_TOOL);
    if (t.runbookOnly().contains(ResourceKind.AD_SYNC) || sync.isEmpty()) {
      y.append("  # activeDirectorySync:\n  #   enabled: true\n  #   syncTool:\n  #     server: the AD server that runs the sync tool\n");
    } else {
      y.append("  activeDirectorySync:\n    enabled: ").append(sync.get(0).attributes().get("enabled")).append("\n");
      tools.stream().findFirst().ifPresent(tool -> {
        y.append("    syncTool:\n      server: ").append(Yaml.scalar(tool.attributes().get("server"))).append("\n");
        Optional.ofNullable(tool.attributes().get("scheduleHours")).ifPresentOrElse(
            h -> y.append("      scheduleHours: ").append(h).append("\n"),
            () -> y.append("      # scheduleHours: kept on the AD server, not shown by the console\n"));
      });
    }
    List<LiveResource> objects = t.of(ResourceKind.SUSPICIOUS_OBJECT);
    if (!objects.isEmpty()) {
      y.append("  suspiciousObjects:\n");
      for (LiveResource o : objects) {
        Map<String, String> a = o.attributes();
        y.append("    - type: ").append(a.get("type")).append("\n      value: ").append(Yaml.scalar(a.get("value")))
            .append("\n      scanAction: ").append(a.get("scanAction")).append("\n");
        Optional.ofNullable(a.get("notes")).filter(n -> !n.isEmpty()).ifPresent(n -> y.append("      notes: ").append(Yaml.scalar(n)).append("\n"));
        Optional.ofNullable(a.get("expires")).ifPresent(e -> y.append("      expires: \"").append(e).append("\"\n"));
      }
    }
  }

  private static void apexOne(StringBuilder y, LiveTenant t) {
    List<LiveResource> policies = t.of(ResourceKind.APEXONE_POLICY);
    if (t.runbookOnly().contains(ResourceKind.APEXONE_POLICY) || policies.isEmpty()) {
      y.append("  # policies: the Security Agent policies that enable Endpoint Sensor (confirm them in Apex Central)\n");
    } else {
      y.append("  policies:\n");
      for (LiveResource p : policies) {
        Map<String, String> a = p.attributes();
        y.append("    - name: ").append(Yaml.scalar(p.address().key())).append("\n      targets:\n");
        Targets.parse(a.getOrDefault("targets", "{type=all}")).forEach((key, value) ->
            y.append("        ").append(key).append(": ").append(value.startsWith("[") ? Yaml.list(Yaml.items(value)) : Yaml.scalar(value)).append("\n"));
        y.append("      platforms:\n        windowsDesktop: ").append(a.get("windowsDesktop"))
            .append("\n        windowsServer: ").append(a.get("windowsServer")).append("\n");
        y.append("      endpointSensor:\n        enabled: ").append(a.get("endpointSensor")).append("\n");
        y.append("      deploy: ").append(a.get("deploy")).append("\n");
      }
    }
    y.append("  # emailClient: a check, not a setting; declare it to have tiac drift report endpoints without Outlook\n");
  }

  /** A subtree of the source file, with every secret replaced by an environment placeholder. */
  private static void node(StringBuilder y, JsonNode node, String pointer, int depth) {
    String indent = "  ".repeat(depth);
    node.properties().forEach(e -> {
      String child = pointer + "/" + e.getKey();
      JsonNode value = e.getValue();
      if (value.isObject()) {
        y.append(indent).append(e.getKey()).append(":\n");
        node(y, value, child, depth + 1);
      } else if (value.isArray()) {
        List<String> items = new ArrayList<>();
        value.forEach(v -> items.add(v.asString()));
        y.append(indent).append(e.getKey()).append(": ").append(Yaml.list(items)).append("\n");
      } else {
        String text = value.asString();
        if (SecretFields.isSecret(child) && !text.startsWith("${")) {
          text = "${env:TIAC_" + child.substring(1).replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT) + "}";
        }
        y.append(indent).append(e.getKey()).append(": ").append(value.isNumber() || value.isBoolean() ? text : Yaml.scalar(text)).append("\n");
      }
    });
  }
}
