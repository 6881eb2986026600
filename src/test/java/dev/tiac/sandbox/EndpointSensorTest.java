package dev.tiac.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.console.PolicyKind;
import dev.tiac.sandbox.world.AttackStory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class EndpointSensorTest {
  @TempDir Path dir;

  private static String agentList(int offset, int limit) {
    return "{\"Url\":\"V1/Task/ShowAgentList\",\"TaskType\":4,\"Payload\":{\"pagination\":{\"offset\":" + offset + ",\"limit\":" + limit + "},\"filter\":[]}}";
  }

  @Test
  void pagesShowAgentListToTheEndAndReportsIsEnableAfterThePollDelay() throws InterruptedException {
    try (Sandbox s = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withPolicyPollDelay(Duration.ofMillis(300)))) {
      Client c = new Client(s);
      int total = s.world().endpoints().size();
      int seen = 0;
      for (int offset = 0; offset < total; offset += 40) {
        JsonNode content = c.es("PUT", agentList(offset, 40)).body().path("Data").path("Data").path("content").path(0).path("content");
        assertEquals(total, content.path("pagination").path("total").asInt());
        seen += content.path("agentEntity").size();
      }
      assertEquals(total, seen);
      s.console().policies().put("ES on", PolicyKind.FILTERED, List.of("*"), true, false, true, true);
      JsonNode before = c.es("PUT", agentList(0, 1000)).body();
      assertEquals("errorMessgae", before.path("Meta").properties().stream().skip(2).findFirst().orElseThrow().getKey());
      assertTrue(before.path("Data").path("Data").path("content").path(0).path("content").path("agentEntity")
          .valueStream().noneMatch(a -> a.path("isEnable").asBoolean()));
      Thread.sleep(400);
      JsonNode agents = c.es("PUT", agentList(0, 1000)).body().path("Data").path("Data").path("content").path(0).path("content").path("agentEntity");
      for (JsonNode a : agents) {
        assertEquals(a.path("machineType").asString().equals("Desktop"), a.path("isEnable").asBoolean(), a.toString());
      }
    }
  }

  @Test
  void everyServedCallRefusesAnAccountWithoutTheEndpointSensorLicence() {
    try (Sandbox s = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false))) {
      s.console().apexCentral().removeLicence("endpointSensor");
      Client c = new Client(s);
      for (String call : List.of("PUT V1/Task/ShowAgentList", "POST V1/Task/CreateQuickScan", "PUT V1/Content/ShowContent")) {
        String[] parts = call.split(" ");
        JsonNode data = c.es(parts[0], "{\"Url\":\"" + parts[1] + "\",\"TaskType\":4,\"Payload\":{}}").body().path("Data");
        assertEquals(-1, data.path("Code").asInt(), call + ": " + data);
        assertTrue(data.path("Message").asString().contains("Endpoint Sensor is not licensed"), call + ": " + data);
      }
    }
  }

  @Test
  void historicalInvestigationFindsTheStoryHostAndPagesShowContent() {
    try (Sandbox s = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false))) {
      Client c = new Client(s);
      AttackStory story = s.world().stories().get(0);
      String scan = "{\"Url\":\"V1/Task/CreateQuickScan\",\"TaskType\":4,\"Payload\":{\"criteriaKvp\":null,\"criteriaSource\":0,\"searchPeriod\":0,"
          + "\"criteria\":{\"operator\":\"and\",\"item\":[{\"condition\":\"IS\",\"value\":[\"" + story.fileName() + "\"],\"typeId\":3},"
          + "{\"condition\":\"IS\",\"value\":[\"" + story.urlDomain() + "\"],\"typeId\":12}]}}}";
      JsonNode created = c.es("POST", scan).body();
      assertEquals("OK", created.path("Data").path("Message").asString());
      String task = created.path("Data").path("Data").path("taskId").asString();
      String show = "{\"Url\":\"V1/Content/ShowContent\",\"TaskType\":4,\"TaskId\":\"" + task + "\",\"ContentId\":\"\",\"TopN\":50}";
      JsonNode inner = c.es("PUT", show).body().path("Data").path("Data");
      JsonNode metas = inner.path("content").path(0).path("content").path("agentServerMeta");
      assertEquals(1, metas.size(), metas.toString());
      assertEquals(story.hostName(), metas.path(0).path("machineName").asString());
      assertEquals(0, metas.path(0).path("serverMeta").path(0).path("criteriaNo").asInt());
      assertFalse(inner.path("hasMore").asBoolean());
      assertTrue(inner.path("lastContentId").isString());
      assertEquals(1, Client.JSON.readTree(inner.path("lastContentId").asString()).path(0).path("lastContentId").asInt());

      String fileOnly = scan.replace(",{\"condition\":\"IS\",\"value\":[\"" + story.urlDomain() + "\"],\"typeId\":12}", "");
      String task2 = c.es("POST", fileOnly).body().path("Data").path("Data").path("taskId").asString();
      JsonNode page1 = c.es("PUT", show.replace(task, task2).replace("\"TopN\":50", "\"TopN\":1")).body().path("Data").path("Data");
      assertTrue(page1.path("hasMore").asBoolean(), "the decoy host holds the same file name");
      String next = show.replace(task, task2).replace("\"TopN\":50", "\"TopN\":1")
          .replace("\"ContentId\":\"\"", "\"ContentId\":" + Client.JSON.writeValueAsString(page1.path("lastContentId").asString()));
      JsonNode page2 = c.es("PUT", next).body().path("Data").path("Data");
      assertFalse(page2.path("hasMore").asBoolean());
      assertEquals(story.decoyHostName().equals(story.hostName()), false);
    }
  }

  @Test
  void isolatesAndRestoresAnAgentThroughProductAgents() {
    try (Sandbox s = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false))) {
      Client c = new Client(s);
      String body = "{\"act\":\"cmd_isolate_agent\",\"allow_multiple_match\":false,\"host_name\":\"WS00010\"}";
      JsonNode before = c.apex("POST", "/WebApp/API/AgentResource/ProductAgents/", body).body();
      assertEquals("normal", before.path("result_content").path(0).path("isolation_status").asString());
      JsonNode after = c.apex("GET", "/WebApp/API/AgentResource/ProductAgents?host_name=WS00010", "").body();
      assertEquals("isolated", after.path("result_content").path(0).path("isolation_status").asString());
    }
  }
}
