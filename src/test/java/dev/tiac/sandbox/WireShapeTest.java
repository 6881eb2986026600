package dev.tiac.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiac.sandbox.console.CasPolicy;
import dev.tiac.sandbox.http.DocumentedRoute;
import dev.tiac.sandbox.world.AttackStory;
import dev.tiac.sandbox.world.Mail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The sandbox answers every route that has a captured real response in that response's shape:
 * each field the capture has, at any depth, the sandbox answer has too, with the same JSON type
 * (a capture's null stands for any type). Extra documented fields in the sandbox are allowed.
 */
class WireShapeTest {
  @TempDir Path dir;

  @Test
  void everyCapturedResponseShapeIsTheSandboxAnswersShape() throws IOException {
    try (Sandbox s = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withCasRate(1000, Duration.ofMinutes(1)))) {
      s.console().cas().addServiceAccount("Exchange Online");
      s.console().cas().setPolicy(CasPolicy.ATP, true);
      Client c = new Client(s);
      String token = s.endpoints().cas().tokens().get(0).token();
      Mail mail = s.world().mails().get(s.world().mails().size() - 1);
      c.cas("us", token, "POST", "/v1/remediation/mails", "{\"action_type\":\"create\",\"rules\":{\"senders\":[\"a@evil.test\"],"
          + "\"urls\":[\"evil.test\"],\"filehashes\":[\"f3cdddb37f6a933d6a256bd98b4bc703a448c621\"]}}");
      // The newest macro attachment is the newest ATP detection (30 s after delivery); the world's clock is the sandbox's.
      Mail macro = s.world().mails().stream().filter(m -> m.attachments().stream().anyMatch(a -> a.fileName().endsWith(".docm")))
          .reduce((a, b) -> b).orElseThrow();
      String start = Instant.ofEpochSecond(macro.delivered()).truncatedTo(ChronoUnit.SECONDS).toString();
      String end = Instant.ofEpochSecond(macro.delivered() + 60).truncatedTo(ChronoUnit.SECONDS).toString();
      AttackStory story = s.world().stories().get(0);
      String scan = "{\"Url\":\"V1/Task/CreateQuickScan\",\"TaskType\":4,\"Payload\":{\"criteriaKvp\":null,\"criteriaSource\":0,\"searchPeriod\":0,"
          + "\"criteria\":{\"operator\":\"and\",\"item\":[{\"condition\":\"IS\",\"value\":[\"" + story.fileName() + "\"],\"typeId\":3}]}}}";
      Map<String, Function<Client, JsonNode>> answers = new TreeMap<>();
      answers.put("cas-sweeping-mails.json", x -> x.cas("us", token, "GET", "/v1/sweeping/mails?lastndays=90&limit=5", "").body());
      answers.put("cas-siem-security-events.json", x -> x.cas("us", token, "GET",
          "/v1/siem/security_events?service=exchange&event=securityrisk&start=" + start + "&end=" + end, "").body());
      answers.put("cas-mitigation-accepted.json", x -> x.cas("us", token, "POST", "/v1/mitigation/mails", "[{\"action_type\":\"MAIL_QUARANTINE\","
          + "\"service\":\"exchange\",\"account_provider\":\"office365\",\"mailbox\":\"" + mail.mailbox() + "\",\"mail_message_id\":\""
          + mail.messageId() + "\",\"mail_unique_id\":\"" + mail.uniqueId() + "\"}]").body());
      answers.put("cas-mitigation-mails-result.json", x -> x.cas("us", token, "GET", "/v1/mitigation/mails?limit=5", "").body());
      answers.put("cas-remediation-blocked-lists.json", x -> x.cas("us", token, "GET", "/v1/remediation/mails", "").body());
      answers.put("apex-productagents.json", x -> x.apex("GET", "/WebApp/API/AgentResource/ProductAgents", "").body());
      answers.put("apex-productservers.json", x -> x.apex("GET", "/WebApp/API/ServerResource/ProductServers", "").body());
      answers.put("apex-es-showagentlist.json", x -> x.es("PUT",
          "{\"Url\":\"V1/Task/ShowAgentList\",\"TaskType\":4,\"Payload\":{\"pagination\":{\"offset\":0,\"limit\":50},\"filter\":[]}}").body());
      answers.put("apex-es-createquickscan.json", x -> x.es("POST", scan).body());
      answers.put("apex-es-showcontent.json", x -> {
        String task = x.es("POST", scan).body().path("Data").path("Data").path("taskId").asString();
        return x.es("PUT", "{\"Url\":\"V1/Content/ShowContent\",\"TaskType\":4,\"TaskId\":\"" + task + "\",\"ContentId\":\"\",\"TopN\":50}").body();
      });

      List<String> declared = s.documentedRoutes().stream().flatMap((DocumentedRoute r) -> r.wire().stream()).distinct().sorted().toList();
      assertEquals(declared, List.copyOf(answers.keySet()), "one request per capture a route declares");
      List<String> missing = new ArrayList<>();
      for (var e : answers.entrySet()) {
        JsonNode capture = Client.JSON.readTree(Files.readString(capture(e.getKey())));
        Map<String, String> want = shape(capture);
        Map<String, String> got = shape(e.getValue().apply(c));
        want.forEach((path, type) -> {
          if (!type.equals("null") && !type.equals(got.get(path))) {
            missing.add(e.getKey() + " " + path + ": capture " + type + ", sandbox " + got.getOrDefault(path, "absent"));
          }
        });
      }
      assertEquals(List.of(), missing);
    }
  }

  private static Path capture(String file) {
    String pkg = file.startsWith("cas-") ? "cas" : "apexcentral";
    return Path.of("src/test/resources/dev/tiac/providers", pkg, "wire", file);
  }

  /** Every field path (array elements merged under {@code []}) and its JSON type. */
  static Map<String, String> shape(JsonNode node) {
    Map<String, String> out = new TreeMap<>();
    walk(node, "", out);
    return out;
  }

  private static void walk(JsonNode node, String path, Map<String, String> out) {
    String type = node.isObject() ? "object" : node.isArray() ? "array" : node.isString() ? "string" : node.isNumber() ? "number"
        : node.isBoolean() ? "boolean" : "null";
    out.putIfAbsent(path.isEmpty() ? "$" : path, type);
    if (node.isObject()) {
      node.properties().forEach(e -> walk(e.getValue(), path + "." + e.getKey(), out));
    } else if (node.isArray()) {
      node.forEach(e -> walk(e, path + "[]", out));
    }
  }
}
