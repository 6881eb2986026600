package dev.tiac.sandbox.world;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads a world from a fixture directory (docs/sandbox-fixtures.md): users.yaml, endpoints.yaml,
 * mails.yaml and telemetry.yaml. Times are written as an age before the sandbox start, e.g. "2d3h".
 */
public final class FixtureLoader {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private FixtureLoader() {}

  public static World load(Path dir, Instant anchor) {
    Company company = Company.DEFAULT;
    List<User> users = new ArrayList<>();
    List<String> sams = new ArrayList<>();
    for (JsonNode u : list(dir, "users.yaml")) {
      String sam = req(u, "sam");
      sams.add(sam);
      List<String> groups = new ArrayList<>();
      u.path("groups").forEach(g -> groups.add(g.asString()));
      users.add(new User(sam, u.path("upn").asString(sam + "@" + company.adDomain()), u.path("mail").asString(sam + "@" + company.mailDomain()),
          u.path("display_name").asString(sam), u.path("department").asString(""), Optional.empty(), groups, u.path("guid").asString(java.util.UUID.nameUUIDFromBytes(sam.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString())));
    }
    List<User> withManagers = new ArrayList<>();
    List<JsonNode> rawUsers = list(dir, "users.yaml");
    for (int i = 0; i < users.size(); i++) {
      User u = users.get(i);
      Optional<Integer> mgr = rawUsers.get(i).path("manager").isString() ? Optional.of(sams.indexOf(rawUsers.get(i).path("manager").asString())).filter(x -> x >= 0) : Optional.empty();
      withManagers.add(new User(u.sam(), u.upn(), u.mail(), u.displayName(), u.department(), mgr, u.groups(), u.guid()));
    }
    List<Endpoint> endpoints = new ArrayList<>();
    for (JsonNode e : list(dir, "endpoints.yaml")) {
      String host = req(e, "host_name").toUpperCase(Locale.ROOT);
      Optional<Integer> user = e.path("user").isString() ? Optional.of(sams.indexOf(e.path("user").asString())).filter(x -> x >= 0) : Optional.empty();
      endpoints.add(new Endpoint(host, host.toLowerCase(Locale.ROOT) + "." + company.adDomain(), e.path("os").asString("Windows 10"),
          MachineType.fromWire(e.path("machine_type").asString("Desktop")), e.path("ip").asString("10.1.0." + (endpoints.size() + 1)),
          e.path("mac").asString("00-15-5D-00-00-" + String.format("%02X", endpoints.size() & 0xFF)),
          e.path("agent_guid").asString(java.util.UUID.nameUUIDFromBytes(("agent" + host).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString()),
          java.util.UUID.nameUUIDFromBytes(("machine" + host).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString().toUpperCase(Locale.ROOT),
          user, e.path("email_client").asString("outlook.exe"), e.path("online").asBoolean(true), e.path("dot_net").asString("4.8")));
    }
    List<Mail> mails = new ArrayList<>();
    for (JsonNode m : list(dir, "mails.yaml")) {
      List<String> to = new ArrayList<>();
      m.path("recipients").forEach(r -> to.add(r.asString()));
      List<Mail.Attachment> att = new ArrayList<>();
      m.path("attachments").forEach(a -> att.add(new Mail.Attachment(req(a, "file_name"), a.path("sha1").asString(""), a.path("sha256").asString(""))));
      List<String> urls = new ArrayList<>();
      m.path("urls").forEach(x -> urls.add(x.asString()));
      String id = req(m, "message_id");
      mails.add(new Mail(m.path("unique_id").asString("AAMkA" + Integer.toHexString(id.hashCode())), id, m.path("mailbox").asString(to.isEmpty() ? "" : to.get(0)),
          req(m, "sender"), to, m.path("subject").asString(""), anchor.minus(age(req(m, "ago"))).getEpochSecond(), att, urls,
          m.path("source_ip").asString("203.0.113.10"), m.path("source_domain").asString(req(m, "sender").replaceAll(".*@", ""))));
    }
    Telemetry telemetry = new Telemetry();
    World probe = new World(company, anchor, withManagers, List.of(), endpoints, List.of(), telemetry, List.of(), "");
    for (JsonNode t : list(dir, "telemetry.yaml")) {
      String host = req(t, "host_name");
      int index = endpoints.indexOf(probe.endpointByHost(host).orElseThrow(() -> new IllegalArgumentException("telemetry.yaml: unknown host_name " + host)));
      String process = req(t, "process");
      telemetry.add(index, anchor.minus(age(req(t, "ago"))).getEpochSecond(), EventKind.valueOf(req(t, "kind").toUpperCase(Locale.ROOT)),
          process, t.path("parent").asString(""), t.path("object").asString(""), t.path("command_line").asString("\"" + process + "\""),
          t.path("account").asString(probe.account(endpoints.get(index))));
    }
    List<String> groups = new ArrayList<>();
    withManagers.forEach(u -> u.groups().forEach(g -> {
      if (!groups.contains(g)) {
        groups.add(g);
      }
    }));
    return new World(company, anchor, withManagers, groups, endpoints, mails, telemetry, List.of(),
        "B220EB61-6240-44B4-9B94-4AC3F22E6A62");
  }

  /** "2d3h15m" → a duration. */
  static Duration age(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)([dhms])").matcher(text.trim());
    Duration d = Duration.ZERO;
    int consumed = 0;
    while (m.find()) {
      long n = Long.parseLong(m.group(1));
      d = d.plus(switch (m.group(2)) {
        case "d" -> Duration.ofDays(n);
        case "h" -> Duration.ofHours(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofSeconds(n);
      });
      consumed += m.group().length();
    }
    if (consumed != text.trim().length() || consumed == 0) {
      throw new IllegalArgumentException("an age looks like 2d3h15m, not '" + text + "'");
    }
    return d;
  }

  private static List<JsonNode> list(Path dir, String file) {
    Path p = dir.resolve(file);
    if (!Files.exists(p)) {
      return List.of();
    }
    try {
      JsonNode root = YAML.readTree(Files.readString(p));
      List<JsonNode> out = new ArrayList<>();
      if (!root.isArray()) {
        throw new IllegalArgumentException(p + ": expected a list at the top level");
      }
      root.forEach(out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }

  private static String req(JsonNode n, String field) {
    if (!n.path(field).isString() || n.path(field).asString().isBlank()) {
      throw new IllegalArgumentException("fixture entry lacks '" + field + "': " + n);
    }
    return n.path(field).asString();
  }
}
