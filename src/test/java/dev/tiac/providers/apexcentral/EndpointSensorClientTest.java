package dev.tiac.providers.apexcentral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.http.DebugLog;
import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpSettings;
import dev.tiac.http.Redactor;
import dev.tiac.http.RunDeadline;
import dev.tiac.http.Secret;
import dev.tiac.http.Wait;
import dev.tiac.http.WaitListener;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class EndpointSensorClientTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @StartStop final MockWebServer server = new MockWebServer();
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  final List<Wait> waits = new CopyOnWriteArrayList<>();
  final List<String> pages = new CopyOnWriteArrayList<>();

  EndpointSensorClient client(Function<RecordedRequest, MockResponse> handler) {
    return client(handler, HttpSettings.defaults());
  }

  EndpointSensorClient client(Function<RecordedRequest, MockResponse> handler, HttpSettings settings) {
    server.setDispatcher(new SignedApexServer(handler));
    HttpClients clients = new HttpClients(settings, DebugLog.off(new Redactor()),
        Clock.systemUTC(), sleeps::add, new WaitListener() {
          @Override
          public void waiting(Wait wait) {
            waits.add(wait);
          }

          @Override
          public void paged(String service, int done, OptionalInt total) {
            pages.add(service + " " + done + "/" + total.orElseThrow());
          }
        }, RunDeadline.none());
    return new ApexCentralClient(new ApexCentralSettings(server.url("/").uri(),
        SignedApexServer.APP_ID, Secret.of(SignedApexServer.API_KEY)), clients).endpointSensor();
  }

  static JsonNode body(RecordedRequest r) {
    return JSON.readTree(r.getBody().string(StandardCharsets.UTF_8));
  }

  /** The captured ShowAgentList answer, with its one agent cloned to fill the asked page. */
  static MockResponse agentPage(RecordedRequest request, int total) {
    JsonNode pagination = body(request).path("Payload").path("pagination");
    int offset = pagination.path("offset").asInt();
    int limit = pagination.path("limit").asInt();
    ObjectNode root = (ObjectNode) JSON.readTree(SignedApexServer.wire("apex-es-showagentlist.json"));
    ObjectNode content = (ObjectNode) root.path("Data").path("Data").path("content").path(0)
        .path("content");
    JsonNode template = content.path("agentEntity").path(0);
    ArrayNode agents = content.putArray("agentEntity");
    for (int i = offset; i < Math.min(total, offset + limit); i++) {
      ObjectNode agent = (ObjectNode) template.deepCopy();
      agent.put("agentGuid", "agent-" + i);
      agent.put("machineType", i % 2 == 0 ? "Desktop" : "Server");
      agents.add(agent);
    }
    ((ObjectNode) content.path("pagination")).put("offset", offset).put("limit", limit)
        .put("total", total);
    return SignedApexServer.json(200, root.toString());
  }

  @Test
  void pagesShowAgentListToTheEnd() {
    EndpointSensorClient es = client(r -> agentPage(r, 450));

    List<EsAgent> agents = es.showAgentList();

    assertEquals(450, agents.size());
    assertEquals("agent-449", agents.get(449).agentGuid());
    assertEquals(3, server.getRequestCount());
    assertTrue(agents.stream().allMatch(EsAgent::enabled));
    assertEquals(225, agents.stream().filter(a -> a.machineType().equals("Server")).count());
  }

  @Test
  void readsThePagesAfterTheFirstTogether() {
    assertTrue(mostPagesInFlight(HttpSettings.defaults()) > 1, "the nine pages after the first were read one at a time");
  }

  @Test
  void keepsToTheRunsParallelism() {
    assertEquals(1, mostPagesInFlight(HttpSettings.defaults().withInFlight(1)));
  }

  private int mostPagesInFlight(HttpSettings settings) {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    EndpointSensorClient es = client(r -> {
      most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        Thread.sleep(100);
        return agentPage(r, 2000);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      } finally {
        inFlight.decrementAndGet();
      }
    }, settings);

    List<EsAgent> agents = es.showAgentList();

    assertEquals(2000, agents.size());
    assertEquals(10, server.getRequestCount());
    for (int i = 0; i < agents.size(); i++) {
      assertEquals("agent-" + i, agents.get(i).agentGuid(), "pages joined in order");
    }
    return most.get();
  }

  @Test
  void readsAFleetThatGrewWhileItWasListedToItsEnd() {
    AtomicInteger calls = new AtomicInteger();
    EndpointSensorClient es = client(r -> agentPage(r, calls.incrementAndGet() == 1 ? 450 : 700));

    List<EsAgent> agents = es.showAgentList();

    assertEquals(700, agents.size());
    assertEquals("agent-699", agents.get(699).agentGuid());
  }

  @Test
  void tellsEachPageOfTheAgentListAsItArrives() {
    EndpointSensorClient es = client(r -> agentPage(r, 10_000));

    es.showAgentList();

    assertEquals("Endpoint Sensor 1/50", pages.get(0), "the first page gives the total");
    assertEquals(51, pages.size(), pages.toString());
    assertTrue(pages.stream().allMatch(p -> p.endsWith("/50")), pages.toString());
    assertEquals(50, pages.stream().map(p -> p.substring(p.indexOf(' ', 9) + 1)).distinct().count(), "every page counted once: " + pages);
    assertEquals("Endpoint Sensor 50/50", pages.get(50), "the count ends at its total");
  }

  @Test
  void aFleetThatGrewWhileListedRaisesTheCountsTotal() {
    AtomicInteger calls = new AtomicInteger();
    EndpointSensorClient es = client(r -> agentPage(r, calls.incrementAndGet() == 1 ? 450 : 700));

    es.showAgentList();

    assertEquals("Endpoint Sensor 1/3", pages.get(0));
    assertEquals(List.of("Endpoint Sensor 2/3", "Endpoint Sensor 3/3"), pages.subList(1, 3).stream().sorted().toList());
    assertEquals("Endpoint Sensor 4/4", pages.get(pages.size() - 1), "the page read after the others counts too: " + pages);
  }

  @Test
  void countsAgentsWithOnePageOfOne() throws Exception {
    EndpointSensorClient es = client(r -> agentPage(r, 10_000));

    assertEquals(10_000, es.agentCount());
    assertEquals(1, server.getRequestCount());
    assertEquals(1, body(server.takeRequest()).path("Payload").path("pagination").path("limit").asInt());
  }

  @Test
  void sendsTheShowAgentListEnvelopeAsAPut() throws Exception {
    EndpointSensorClient es = client(r -> agentPage(r, 1));

    EsAgent agent = es.showAgentList().get(0);

    assertEquals("Windows Server 2019", agent.machineOs());
    RecordedRequest sent = server.takeRequest();
    assertEquals("PUT", sent.getMethod());
    assertEquals("/WebApp/OSCE_iES/OsceIes/ApiEntry", sent.getTarget());
    assertEquals("V1/Task/ShowAgentList", body(sent).path("Url").asString());
    assertEquals(4, body(sent).path("TaskType").asInt());
  }

  @Test
  void createsAQuickScanAndPollsShowContentUntilNothingIsLeft() throws Exception {
    AtomicInteger contentCalls = new AtomicInteger();
    EndpointSensorClient es = client(r -> {
      if (body(r).path("Url").asString().equals("V1/Task/CreateQuickScan")) {
        return SignedApexServer.json(200, SignedApexServer.wire("apex-es-createquickscan.json"));
      }
      if (contentCalls.incrementAndGet() < 3) {
        // Still searching: nothing yet, more to come.
        return SignedApexServer.json(200, "{\"Data\":{\"Code\":0,\"CodeType\":1,\"Message\":\"OK\","
            + "\"Data\":{\"content\":[],\"hasMore\":true,\"lastContentId\":\"[]\"}},"
            + "\"Meta\":{\"result\":1,\"errorCode\":0,\"errorMessgae\":\"Success\"}}");
      }
      return SignedApexServer.json(200, SignedApexServer.wire("apex-es-showcontent.json"));
    });

    EsTask task = es.createQuickScan(new QuickScanCriteria(QuickScanCriteria.Operator.OR,
        List.of(new QuickScanCriteria.Criterion(QuickScanCriteria.Field.FILE_NAME,
            QuickScanCriteria.Condition.IS, List.of("notepad.exe"))),
        QuickScanCriteria.SearchPeriod.DEFAULT));
    List<AgentServerMeta> results = es.taskResults(task, Duration.ofMinutes(5));

    assertEquals("F950A553-426E-475B-B727-D0ACF88FEAB7", task.taskId());
    assertEquals(1, results.size());
    assertEquals("notepad.exe", results.get(0).matches().get(0).metaValue());
    assertEquals(0, results.get(0).matches().get(0).criteriaNo());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), sleeps);
    // Each poll's pause is told as it starts; the backoff reaches 30 s, which must never pass in silence.
    assertEquals(List.of("Endpoint Sensor: waiting 1 s for the results of search " + task.taskId(),
        "Endpoint Sensor: waiting 2 s for the results of search " + task.taskId()), waits.stream().map(Wait::describe).toList());
    assertEquals(List.of(false, true), waits.stream().map(Wait::noticeable).toList());
    JsonNode create = body(server.takeRequest());
    assertEquals("{\"condition\":\"IS\",\"value\":[\"notepad.exe\"],\"typeId\":3}",
        create.path("Payload").path("criteria").path("item").path(0).toString());
    JsonNode firstShow = body(server.takeRequest());
    assertEquals(task.taskId(), firstShow.path("TaskId").asString());
    assertTrue(firstShow.path("Payload").isMissingNode(), "ShowContent takes top-level fields");
    assertEquals("[]", body(server.takeRequest()).path("ContentId").asString());
  }

  @Test
  void raisesOnAnEndpointSensorMessageOtherThanOk() {
    EndpointSensorClient es = client(r -> SignedApexServer.json(200,
        "{\"Data\":{\"Code\":1,\"CodeType\":1,\"Message\":\"Invalid Url\",\"Data\":null},"
            + "\"Meta\":{\"result\":1,\"errorCode\":0,\"errorMessgae\":\"Success\"}}"));

    ApexCentralException e = assertThrows(ApexCentralException.class, es::showAgentList);
    assertTrue(e.getMessage().contains("Invalid Url"), e.getMessage());
  }
}
