package dev.tiac.providers.apexcentral;

import static dev.tiac.providers.apexcentral.ApexCentralClient.text;

import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpFailure;
import dev.tiac.http.Sleeper;
import dev.tiac.http.Wait;
import dev.tiac.http.WaitListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Endpoint Sensor (Threat Investigation) calls: every one is a {@code {Url, TaskType:4, ...}}
 * envelope sent to the single ApiEntry path and answered in the lower-camel Meta family.
 */
public final class EndpointSensorClient {
  static final String ENTRY = "/WebApp/OSCE_iES/OsceIes/ApiEntry";
  private static final int PAGE = 200;
  private static final Duration FIRST_POLL = Duration.ofSeconds(1);
  private static final Duration MAX_POLL = Duration.ofSeconds(30);

  private final ApexTransport transport;
  private final Clock clock;
  private final Sleeper sleeper;
  private final int inFlight;
  private final WaitListener waits;

  EndpointSensorClient(ApexTransport transport, HttpClients clients) {
    this.transport = transport;
    this.clock = clients.clock();
    this.sleeper = clients.sleeper();
    this.waits = clients.waits();
    this.inFlight = clients.settings().inFlight();
  }

  /**
   * Every agent. The first page gives the total; the rest are independent offsets, so as many of
   * them are read at once as the run's --parallelism allows: a 10,000-agent fleet is 50 pages, and one after
   * another they were the longest wait of a plan. A fleet that grew meanwhile is read on to its end.
   * Each page read is counted to the run's listener ("Endpoint Sensor: 32/50 pages").
   */
  public List<EsAgent> showAgentList() {
    AgentPage first = agentPage(0);
    List<EsAgent> agents = new ArrayList<>(first.agents());
    List<Integer> offsets = new ArrayList<>();
    for (int offset = first.agents().size(); !first.agents().isEmpty() && offset < first.total(); offset += PAGE) {
      offsets.add(offset);
    }
    PageCount count = new PageCount(1 + offsets.size());
    int total = first.total();
    for (AgentPage page : pages(offsets, count)) {
      agents.addAll(page.agents());
      total = Math.max(total, page.total());
    }
    for (int offset = first.agents().size() + PAGE * offsets.size(); offset < total; ) {
      AgentPage page = agentPage(offset);
      if (page.agents().isEmpty()) {
        break;
      }
      count.grown(1 + (Math.max(0, page.total() - offset - page.agents().size()) + PAGE - 1) / PAGE);
      agents.addAll(page.agents());
      offset += page.agents().size();
      total = page.total();
    }
    count.end();
    return agents;
  }

  /** The pages of one agent list read so far, told to the run's listener as each arrives. */
  private final class PageCount {
    private final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger(1);
    private volatile int total;

    PageCount(int total) {
      this.total = total;
      tell(1);
    }

    void read() {
      tell(done.incrementAndGet());
    }

    /** The fleet grew while it was read: {@code more} pages remain, this one among them. */
    void grown(int more) {
      total = done.get() + more;
      read();
    }

    void end() {
      waits.paged("Endpoint Sensor", done.get(), OptionalInt.of(done.get()));
    }

    private void tell(int pages) {
      waits.paged("Endpoint Sensor", pages, OptionalInt.of(Math.max(total, pages)));
    }
  }

  /** How many agents Endpoint Sensor lists, from one page of one: a count without the fleet. */
  public int agentCount() {
    ObjectNode payload = ApexEnvelopes.JSON.createObjectNode();
    payload.putObject("pagination").put("offset", 0).put("limit", 1);
    return firstContent(call("PUT", "V1/Task/ShowAgentList", payload)).path("pagination").path("total").asInt(0);
  }

  private record AgentPage(List<EsAgent> agents, int total) {}


  private List<AgentPage> pages(List<Integer> offsets, PageCount count) {
    if (offsets.isEmpty()) {
      return List.of();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(inFlight, offsets.size()), r -> {
      Thread t = new Thread(r, "tiac-agent-pages");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<AgentPage>> futures = new ArrayList<>();
      for (int offset : offsets) {
        futures.add(pool.submit(() -> {
          AgentPage page = agentPage(offset);
          count.read();
          return page;
        }));
      }
      List<AgentPage> pages = new ArrayList<>();
      for (Future<AgentPage> future : futures) {
        pages.add(Reads.await(future, "the agent list"));
      }
      return pages;
    } finally {
      pool.shutdownNow();
    }
  }

  private AgentPage agentPage(int offset) {
    ObjectNode payload = ApexEnvelopes.JSON.createObjectNode();
    payload.putObject("pagination").put("offset", offset).put("limit", PAGE);
    JsonNode content = firstContent(call("PUT", "V1/Task/ShowAgentList", payload));
    List<EsAgent> agents = new ArrayList<>();
    for (JsonNode n : content.path("agentEntity")) {
      agents.add(agent(n));
    }
    return new AgentPage(List.copyOf(agents), content.path("pagination").path("total").asInt(0));
  }

  private static EsAgent agent(JsonNode n) {
    return new EsAgent(text(n, "agentGuid"), text(n, "serverGuid"),
        text(n, "machineName"), text(n, "machineGuid"), text(n, "machineType"),
        text(n, "machineOS"), text(n, "ip"), n.path("isOnline").asBoolean(false),
        n.path("isEnable").asBoolean(false), n.path("isolateStatus").asInt(0),
        text(n, "userName"), n.path("productType").asInt(0));
  }

  /**
   * The agents whose machine name contains {@code hostName} (ShowAgentList filter type 1), one page:
   * who works on a named endpoint, without listing the fleet.
   */
  public List<EsAgent> showAgentsNamed(String hostName) {
    ObjectNode payload = ApexEnvelopes.JSON.createObjectNode();
    payload.putObject("pagination").put("offset", 0).put("limit", PAGE);
    payload.putArray("filter").addObject().put("type", 1).putArray("value").add(hostName);
    List<EsAgent> agents = new ArrayList<>();
    for (JsonNode n : firstContent(call("PUT", "V1/Task/ShowAgentList", payload)).path("agentEntity")) {
      agents.add(agent(n));
    }
    return agents;
  }

  /** Starts a historical investigation. */
  public EsTask createQuickScan(QuickScanCriteria criteria) {
    ObjectNode payload = ApexEnvelopes.JSON.createObjectNode();
    payload.put("searchPeriod", criteria.period().wire());
    ObjectNode crit = payload.putObject("criteria");
    crit.put("operator", criteria.operator().name().toLowerCase(java.util.Locale.ROOT));
    ArrayNode items = crit.putArray("item");
    for (QuickScanCriteria.Criterion c : criteria.items()) {
      ObjectNode item = items.addObject();
      item.put("condition", c.condition().name());
      ArrayNode values = item.putArray("value");
      c.values().forEach(values::add);
      item.put("typeId", c.field().typeId());
    }
    JsonNode data = call("POST", "V1/Task/CreateQuickScan", payload);
    String taskId = text(data, "taskId");
    if (taskId.isEmpty()) {
      throw new HttpFailure(HttpFailure.Kind.PROTOCOL, OptionalInt.empty(),
          "CreateQuickScan answered OK but without a taskId");
    }
    return new EsTask(taskId, text(data, "serverGuid"), text(data, "serverName"));
  }

  /**
   * Reads a task's results to the end: pages through ShowContent with {@code lastContentId}
   * while {@code hasMore}, waiting with capped exponential backoff while the servers are still
   * searching and have nothing new, up to {@code timeout}.
   */
  public List<AgentServerMeta> taskResults(EsTask task, Duration timeout) {
    Instant deadline = clock.instant().plus(timeout);
    List<AgentServerMeta> results = new ArrayList<>();
    Optional<String> contentId = Optional.empty();
    Duration wait = FIRST_POLL;
    while (true) {
      ObjectNode body = envelope("V1/Content/ShowContent");
      body.put("TaskId", task.taskId());
      contentId.ifPresent(id -> body.put("ContentId", id));
      body.put("TopN", PAGE);
      JsonNode data = send("PUT", body, "ShowContent");
      int before = results.size();
      for (JsonNode entry : data.path("content")) {
        for (JsonNode meta : entry.path("content").path("agentServerMeta")) {
          results.add(agentServerMeta(meta));
        }
      }
      String last = text(data, "lastContentId");
      if (!hasMore(data, last)) {
        return results;
      }
      contentId = Optional.of(last);
      if (results.size() == before) {
        if (clock.instant().plus(wait).isAfter(deadline)) {
          throw new HttpFailure(HttpFailure.Kind.STATUS, OptionalInt.empty(),
              "investigation " + task.taskId() + " still running after " + timeout);
        }
        // The backoff grows to 30 s between polls: a person is told what the run is waiting for.
        waits.waiting(new Wait("Endpoint Sensor", wait, Wait.Reason.RESULT_PENDING, "search " + task.taskId()));
        pause(wait);
        wait = wait.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : wait.multipliedBy(2);
      } else {
        wait = FIRST_POLL;
      }
    }
  }

  private static boolean hasMore(JsonNode data, String lastContentId) {
    if (data.path("hasMore").asBoolean(false)) {
      return true;
    }
    if (lastContentId.startsWith("[")) {
      for (JsonNode server : ApexEnvelopes.JSON.readTree(lastContentId)) {
        if (server.path("hasMore").asBoolean(false)) {
          return true;
        }
      }
    }
    return false;
  }

  private static AgentServerMeta agentServerMeta(JsonNode n) {
    List<AgentServerMeta.Match> matches = new ArrayList<>();
    for (JsonNode m : n.path("serverMeta")) {
      matches.add(new AgentServerMeta.Match(m.path("criteriaNo").asInt(0), text(m, "metaValue"),
          m.path("firstSeen").asLong(0), m.path("lastSeen").asLong(0),
          m.path("sweepingType").asInt(0)));
    }
    return new AgentServerMeta(text(n, "agentGuid"), text(n, "serverGuid"),
        text(n, "machineName"), text(n, "machineOS"), text(n, "machineType"), text(n, "ip"),
        text(n, "userName"), n.path("minFirstSeen").asLong(0), matches);
  }

  private JsonNode call(String method, String op, ObjectNode payload) {
    ObjectNode body = envelope(op);
    body.set("Payload", payload);
    return send(method, body, op.substring(op.lastIndexOf('/') + 1));
  }

  private JsonNode send(String method, ObjectNode body, String operation) {
    HttpUrl url = transport.url(ENTRY).build();
    return ApexEnvelopes.esData(transport.send(method, url, Optional.of(body.toString())),
        "Endpoint Sensor " + operation);
  }

  private static ObjectNode envelope(String op) {
    ObjectNode body = ApexEnvelopes.JSON.createObjectNode();
    body.put("Url", op);
    body.put("TaskType", 4);
    return body;
  }

  private static JsonNode firstContent(JsonNode data) {
    JsonNode first = data.path("content").path(0);
    return first.path("content");
  }

  private void pause(Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpFailure(HttpFailure.Kind.TRANSPORT, OptionalInt.empty(),
          "interrupted while waiting for an investigation", e);
    }
  }
}
