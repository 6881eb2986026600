package dev.tiac.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Apex Central's Endpoint Sensor historical investigation over the captured envelopes: CreateQuickScan
 * stores the criteria, ShowContent answers per endpoint with each matched value's first and last seen
 * (criteriaNo from 0), paged by TopN with the JSON-string lastContentId. Also ProductAgents and UDSO.
 */
final class FakeApex extends Dispatcher {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  final List<JsonNode> criteria = new CopyOnWriteArrayList<>();
  final List<String> actions = new CopyOnWriteArrayList<>();
  private final Map<String, JsonNode> tasks = new ConcurrentHashMap<>();
  private final FixtureWorld world;
  volatile boolean licensed = true;

  FakeApex(FixtureWorld world) {
    this.world = world;
  }

  static String wire(String name) {
    try (InputStream in = FakeApex.class.getResourceAsStream("/dev/tiac/providers/apexcentral/wire/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    String path = request.getUrl().encodedPath().toLowerCase(Locale.ROOT);
    if (path.contains("productagents")) {
      return agents(request);
    }
    if (path.contains("userdefinedso")) {
      actions.add("udso " + request.getBody().utf8());
      return FakeCas.json(200, "{\"Data\":null,\"Meta\":{\"Result\":1,\"ErrorCode\":0,\"ErrorMsg\":\"\"}}");
    }
    if (!licensed) {
      return FakeCas.json(403, "{\"Data\":null,\"Meta\":{\"result\":0,\"errorCode\":10,\"errorMessgae\":\"Insufficient privilege\"}}");
    }
    JsonNode body = JSON.readTree(request.getBody().utf8());
    return switch (body.path("Url").asString()) {
      case "V1/Task/CreateQuickScan" -> create(body);
      case "V1/Content/ShowContent" -> content(body);
      case "V1/Task/ShowAgentList" -> agentList(body);
      default -> FakeCas.json(200, "{\"Data\":{\"Code\":1,\"CodeType\":1,\"Message\":\"Unknown Url\"},\"Meta\":{\"result\":1,\"errorCode\":0,\"errorMessgae\":\"Success\"}}");
    };
  }

  private MockResponse create(JsonNode body) {
    String id = "task-" + (tasks.size() + 1);
    tasks.put(id, body.path("Payload").path("criteria"));
    criteria.add(body.path("Payload"));
    ObjectNode root = (ObjectNode) JSON.readTree(wire("apex-es-createquickscan.json"));
    ((ObjectNode) root.path("Data").path("Data")).put("taskId", id);
    return FakeCas.json(200, root.toString());
  }

  private MockResponse content(JsonNode body) {
    JsonNode crit = tasks.get(body.path("TaskId").asString());
    List<ObjectNode> metas = metas(crit);
    int top = body.path("TopN").asInt(200);
    int from = 0;
    if (body.has("ContentId")) {
      from = JSON.readTree(body.path("ContentId").asString()).path(0).path("lastContentId").asInt();
    }
    int to = Math.min(metas.size(), from + top);
    boolean more = to < metas.size();
    ObjectNode root = (ObjectNode) JSON.readTree(wire("apex-es-showcontent.json"));
    ObjectNode data = (ObjectNode) root.path("Data").path("Data");
    ArrayNode page = ((ObjectNode) data.path("content").path(0).path("content")).putArray("agentServerMeta");
    metas.subList(from, to).forEach(page::add);
    data.put("hasMore", more);
    data.put("taskId", body.path("TaskId").asString());
    data.put("lastContentId", "[{\"serverGuid\":\"S\",\"lastContentId\":" + to + ",\"hasMore\":" + more
        + ",\"totalProgress\":0,\"currentProgress\":0}]");
    return FakeCas.json(200, root.toString());
  }

  private List<ObjectNode> metas(JsonNode crit) {
    List<ObjectNode> out = new ArrayList<>();
    for (FixtureWorld.Endpoint e : world.endpoints) {
      Map<String, long[]> seen = new LinkedHashMap<>();
      JsonNode items = crit.path("item");
      for (int i = 0; i < items.size(); i++) {
        for (FixtureWorld.Telemetry t : world.telemetry) {
          if (t.host().equalsIgnoreCase(e.host())) {
            for (String value : matches(items.get(i), e, t)) {
              long s = t.time().getEpochSecond();
              seen.merge(i + "\u0000" + value, new long[] {s, s}, (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            }
          }
        }
      }
      if (!seen.isEmpty()) {
        out.add(meta(e, seen));
      }
    }
    return out;
  }

  /** The values of one event that a criterion matches, as Endpoint Sensor reports them. */
  private static List<String> matches(JsonNode item, FixtureWorld.Endpoint e, FixtureWorld.Telemetry t) {
    boolean contains = item.path("condition").asString().equals("CONTAIN");
    List<String> out = new ArrayList<>();
    for (JsonNode v : item.path("value")) {
      String want = v.asString().toLowerCase(Locale.ROOT);
      String have = switch (item.path("typeId").asInt()) {
        case 3 -> t.filePath().substring(t.filePath().lastIndexOf('\\') + 1);
        case 8 -> t.commandLine();
        case 7 -> t.account();
        case 12 -> e.host();
        default -> "";
      };
      String h = have.toLowerCase(Locale.ROOT);
      String compared = item.path("typeId").asInt() == 7 ? h.substring(h.lastIndexOf('\\') + 1) : h;
      if (!have.isEmpty() && (contains ? h.contains(want) : compared.equals(want)) && !out.contains(have)) {
        out.add(have);
      }
    }
    return out;
  }

  private static ObjectNode meta(FixtureWorld.Endpoint e, Map<String, long[]> seen) {
    ObjectNode m = JSON.createObjectNode();
    m.put("agentGuid", e.agentGuid());
    m.put("ip", e.ip());
    m.put("machineName", e.host());
    m.put("machineOS", "Windows 10");
    m.put("machineType", "Desktop");
    m.put("serverGuid", "C22E1795-BF95-45BB-BC82-486B0F5161BE");
    m.put("serverName", "Apex One as a Service");
    m.put("userName", e.user());
    m.put("minFirstSeen", seen.values().stream().mapToLong(v -> v[0]).min().orElse(0));
    ArrayNode metas = m.putArray("serverMeta");
    seen.forEach((key, times) -> {
      String[] parts = key.split("\u0000", 2);
      metas.addObject().put("criteriaNo", Integer.parseInt(parts[0])).put("firstSeen", times[0])
          .put("lastSeen", times[1]).put("metaHashId", "0").put("metaValue", parts[1]).put("sweepingType", 7);
    });
    return m;
  }

  /** ShowAgentList with the machine-name filter (type 1, contains) the engine sends. */
  private MockResponse agentList(JsonNode body) {
    String name = body.path("Payload").path("filter").path(0).path("value").path(0).asString("").toLowerCase(Locale.ROOT);
    ArrayNode agents = JSON.createArrayNode();
    for (FixtureWorld.Endpoint e : world.endpoints) {
      if (e.host().toLowerCase(Locale.ROOT).contains(name)) {
        agents.addObject().put("agentGuid", e.agentGuid()).put("machineName", e.host()).put("ip", e.ip())
            .put("userName", e.user()).put("isEnable", true).put("isOnline", true).put("machineType", "Desktop");
      }
    }
    ObjectNode root = JSON.createObjectNode();
    ObjectNode data = root.putObject("Data").put("Code", 0).put("CodeType", 1).put("Message", "OK");
    ObjectNode inner = data.putObject("Data");
    ObjectNode item = inner.putArray("content").addObject().put("statusCode", 0).put("message", "Success");
    ObjectNode content = item.putObject("content");
    content.set("agentEntity", agents);
    content.putObject("pagination").put("offset", 0).put("limit", 200).put("total", agents.size());
    root.putObject("Meta").put("result", 1).put("errorCode", 0).put("errorMessgae", "Success");
    return FakeCas.json(200, root.toString());
  }

  private MockResponse agents(RecordedRequest request) {
    if (request.getMethod().equals("POST")) {
      actions.add("agents " + request.getBody().utf8());
    }
    String ip = request.getUrl().queryParameter("ip_address");
    String entity = request.getMethod().equals("POST")
        ? JSON.readTree(request.getBody().utf8()).path("entity_id").asString() : null;
    ArrayNode content = JSON.createArrayNode();
    for (FixtureWorld.Endpoint e : world.endpoints) {
      if ((ip != null && e.ip().equals(ip)) || (entity != null && e.agentGuid().equals(entity))) {
        content.addObject().put("entity_id", e.agentGuid()).put("product", "SLF_PRODUCT_OFFICESCAN_CE")
            .put("host_name", e.host()).put("ip_address_list", e.ip()).put("isolation_status", "normal")
            .putArray("capabilities").add("cmd_isolate_agent");
      }
    }
    return FakeCas.json(200, "{\"result_code\":1,\"result_description\":\"Operation successful\",\"result_content\":" + content + "}");
  }

  int investigations() {
    return criteria.size();
  }

  static Instant epoch(long s) {
    return Instant.ofEpochSecond(s);
  }
}
