package dev.tiac.sandbox.apexcentral;

import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Response;
import dev.tiac.sandbox.world.Endpoint;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CreateQuickScan runs the investigation at once and keeps the result under a task id; ShowContent
 * pages through it with the JSON-string {@code lastContentId} and {@code hasMore}.
 */
final class QuickScans {
  private static final int KEPT_TASKS = 256;
  private static final int MAX_META = 10;
  private final Tenant tenant;
  private final Clock clock;
  private final Map<String, List<ObjectNode>> tasks = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, List<ObjectNode>> eldest) {
      return size() > KEPT_TASKS;
    }
  });

  QuickScans(Tenant tenant, Clock clock) {
    this.tenant = tenant;
    this.clock = clock;
  }

  Response create(JsonNode payload) {
    JsonNode criteria = payload.path("criteria");
    List<Criterion> parsed = new ArrayList<>();
    for (JsonNode item : criteria.path("item")) {
      List<String> values = new ArrayList<>();
      item.path("value").forEach(v -> values.add(v.asString("")));
      parsed.add(new Criterion(item.path("typeId").asInt(), item.path("condition").asString().equals("CONTAIN"), values));
    }
    boolean and = !criteria.path("operator").asString("and").equalsIgnoreCase("or");
    long since = since(payload.path("searchPeriod").asInt(-1));
    List<ObjectNode> results = new ArrayList<>();
    List<TelemetrySearch.Hit> hits = new ArrayList<>(TelemetrySearch.run(tenant.world().telemetry(), parsed, and, since));
    hits.addAll(MailClientActivity.hits(tenant, parsed, hits, clock.instant().getEpochSecond()));
    for (TelemetrySearch.Hit hit : hits) {
      results.add(meta(hit, parsed));
    }
    String taskId = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    tasks.put(taskId, results);
    return Envelopes.endpointSensor(EndpointSensor.inner(taskId, tenant.world().apexOneServerGuid(), Envelopes.SERVER_NAME, null, ""));
  }

  /** searchPeriod: 0 all, 1/3/6/12 months, anything else the default month. */
  private long since(int period) {
    long now = clock.instant().getEpochSecond();
    return switch (period) {
      case 0 -> Long.MIN_VALUE;
      case 1, 3, 6, 12 -> now - period * 30L * 86_400;
      default -> now - 30L * 86_400;
    };
  }

  private ObjectNode meta(TelemetrySearch.Hit hit, List<Criterion> criteria) {
    Endpoint e = tenant.world().endpoints().get(hit.endpoint());
    ObjectNode n = AgentEntity.of(tenant, e);
    ArrayNode exceeded = n.putArray("isCriteriaExceedMaxMetaCount");
    ArrayNode metas = n.putArray("serverMeta");
    long minFirst = Long.MAX_VALUE;
    for (int c = 0; c < criteria.size(); c++) {
      Map<String, long[]> values = hit.perCriterion().get(c);
      exceeded.add(values.size() > MAX_META);
      int shown = 0;
      for (var v : values.entrySet()) {
        if (shown++ == MAX_META) {
          break;
        }
        minFirst = Math.min(minFirst, v.getValue()[0]);
        metas.add(Json.object().put("criteriaNo", c).put("firstSeen", v.getValue()[0]).put("lastSeen", v.getValue()[1])
            .put("metaHashId", Long.toString(v.getKey().hashCode() * 2654435761L)).put("metaValue", v.getKey())
            .put("sweepingType", criteria.get(c).typeId()));
      }
    }
    n.put("minFirstSeen", minFirst).put("serverMode", 1).put("serverName", Envelopes.SERVER_NAME);
    n.remove("machineLabels");
    return n;
  }

  Response content(JsonNode body) {
    String taskId = body.path("TaskId").asString("");
    List<ObjectNode> results = tasks.get(taskId.toUpperCase(Locale.ROOT));
    if (results == null) {
      return Envelopes.endpointSensorFailure(-1, "Task not found: " + taskId);
    }
    int top = body.path("TopN").asInt(50);
    int from = offset(body.path("ContentId").asString(""));
    int to = Math.min(results.size(), from + top);
    ArrayNode page = Json.array();
    for (int i = from; i < to; i++) {
      page.add(results.get(i));
    }
    boolean more = to < results.size();
    String server = tenant.world().apexOneServerGuid();
    ObjectNode content = Json.object();
    content.set("agentServerMeta", page);
    ObjectNode inner = EndpointSensor.inner(taskId, server, Envelopes.SERVER_NAME, content, "TMSL_S_SUCCESS");
    ArrayNode cursor = Json.array();
    cursor.add(Json.object().put("serverGuid", server).put("lastContentId", to).put("hasMore", more)
        .put("totalProgress", results.size()).put("currentProgress", to));
    inner.put("hasMore", more).put("lastContentId", Json.pretty(cursor).replace("\n", "\r\n"));
    return Envelopes.endpointSensor(inner);
  }

  /** Reads the position back out of the JSON string a previous page returned. */
  private static int offset(String contentId) {
    if (contentId.isBlank()) {
      return 0;
    }
    JsonNode cursor = Json.parse(contentId);
    JsonNode first = cursor.isArray() ? cursor.path(0) : cursor;
    return Math.max(0, first.path("lastContentId").asInt(0));
  }
}
