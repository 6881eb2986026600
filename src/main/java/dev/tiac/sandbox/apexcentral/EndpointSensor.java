package dev.tiac.sandbox.apexcentral;

import dev.tiac.sandbox.http.Constraint;
import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Request;
import dev.tiac.sandbox.http.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ApiEntry envelope {@code {"Url","TaskType":4,"Payload"}}: dispatches on Url to the operation
 * documented with that method, after the operation's rules. An unknown operation or a broken rule
 * is a failure inside Data (Message other than "OK"), not an HTTP error.
 */
final class EndpointSensor {
  static final String ENTRY = "/WebApp/OSCE_iES/OsceIes/ApiEntry";
  private static final Set<Integer> FILTER_TYPES = Set.of(1, 2, 4, 5, 6, 9);
  private static final Set<Integer> SEARCH_PERIODS = Set.of(-1, 0, 1, 3, 6, 12);

  /** The envelope itself, checked by the HTTP route before any operation. */
  static final List<Constraint> ENVELOPE = List.of(
      ApexRules.params(),
      Constraint.of("body `{\"Url\":…,\"TaskType\":4,…}`", r -> {
        JsonNode b = Json.parse(r.bodyText());
        return b.isObject() && b.path("Url").isString();
      }, ApexRules.INCORRECT_PARAMETER + ": the body must be {Url, TaskType, Payload}"));

  /** One documented operation: its Url, method, rules, handler (empty when not served) and captured answer. */
  record Operation(String url, String method, List<Constraint> rules, Optional<Function<JsonNode, Response>> handler, List<String> wire) {}

  private final List<Operation> operations;
  private final Tenant tenant;

  EndpointSensor(Tenant tenant, QuickScans scans) {
    this.tenant = tenant;
    ShowAgentList agentList = new ShowAgentList(tenant);
    this.operations = List.of(
        new Operation("V1/Task/ShowAgentList", "PUT", List.of(taskType(), payload(),
            body("`Payload.pagination.offset` ≥ 0, `limit` ≥ 1", b -> {
              JsonNode p = b.path("Payload").path("pagination");
              boolean ok = (p.path("offset").isMissingNode() || (p.path("offset").isInt() && p.path("offset").asInt() >= 0))
                  && (p.path("limit").isMissingNode() || (p.path("limit").isInt() && p.path("limit").asInt() >= 1));
              return ok ? Optional.empty() : Optional.of("Invalid pagination: offset must be >= 0 and limit >= 1");
            }),
            body("`Payload.filter[].type` one of 1, 2, 4, 5, 6, 9; type 4 value `[start,end]`", b -> {
              for (JsonNode f : b.path("Payload").path("filter")) {
                int type = f.path("type").asInt(-1);
                if (!f.path("type").isNumber() || !FILTER_TYPES.contains(type)) {
                  return Optional.of("Unsupported filter type " + f.path("type").asString(""));
                }
                if (type == 4 && !(f.path("value").isArray() && f.path("value").size() == 2)) {
                  return Optional.of("An IP range filter needs value [start, end]");
                }
              }
              return Optional.empty();
            })), Optional.of(p -> agentList.handle(p.path("Payload"))), List.of("apex-es-showagentlist.json")),
        new Operation("V1/Task/CreateQuickScan", "POST", List.of(taskType(), payload(),
            body("`criteria.item[]` non-empty; `typeId` one of 3, 4, 7, 8, 9, 10, 11, 12; `condition` IS or CONTAIN; `value` an array",
                b -> {
                  JsonNode items = b.path("Payload").path("criteria").path("item");
                  if (!items.isArray() || items.isEmpty()) {
                    return Optional.of("criteria.item must hold at least one criterion");
                  }
                  for (JsonNode item : items) {
                    int type = item.path("typeId").asInt(-1);
                    String condition = item.path("condition").asString("");
                    if (!Criterion.DOCUMENTED.contains(type) || !(condition.equals("IS") || condition.equals("CONTAIN"))
                        || !item.path("value").isArray()) {
                      return Optional.of("Unsupported criterion: typeId " + item.path("typeId").asString("") + ", condition " + condition);
                    }
                  }
                  return Optional.empty();
                }),
            body("`criteria.operator` and or or", b -> {
              JsonNode op = b.path("Payload").path("criteria").path("operator");
              return op.isMissingNode() || Set.of("and", "or").contains(op.asString("").toLowerCase(java.util.Locale.ROOT))
                  ? Optional.empty() : Optional.of("criteria.operator must be and or or");
            }),
            body("`searchPeriod` one of -1, 0, 1, 3, 6, 12", b -> {
              JsonNode sp = b.path("Payload").path("searchPeriod");
              return sp.isMissingNode() || (sp.isInt() && SEARCH_PERIODS.contains(sp.asInt()))
                  ? Optional.empty() : Optional.of("searchPeriod must be one of -1, 0, 1, 3, 6, 12");
            })), Optional.of(p -> scans.create(p.path("Payload"))), List.of("apex-es-createquickscan.json")),
        new Operation("V1/Content/ShowContent", "PUT", List.of(taskType(),
            body("top-level `TaskId` required, `ContentId` a string, `TopN` a positive integer, no Payload", b -> {
              if (b.has("Payload")) {
                return Optional.of("ShowContent takes TaskId, ContentId and TopN at the top level, not in a Payload");
              }
              if (!b.path("TaskId").isString() || b.path("TaskId").asString().isEmpty()) {
                return Optional.of("TaskId is required");
              }
              if (!b.path("ContentId").isMissingNode() && !b.path("ContentId").isString()) {
                return Optional.of("ContentId must be the lastContentId string of the previous page");
              }
              JsonNode top = b.path("TopN");
              return top.isMissingNode() || (top.isInt() && top.asInt() >= 1)
                  ? Optional.empty() : Optional.of("TopN must be a positive integer");
            })), Optional.of(scans::content), List.of("apex-es-showcontent.json")),
        unserved("V1/Task/CreateScan", "POST"),
        unserved("V1/Task/CreateScanSchedule", "POST"),
        unserved("V1/Task/ShowScanSummaryList", "PUT"),
        unserved("V1/Task/ShowScanListByScanSummaryGuid", "PUT"),
        unserved("V1/Task/CreateProcessTermination", "POST"));
  }

  List<Operation> operations() {
    return operations;
  }

  Response handle(Request request) {
    JsonNode body = Json.parse(request.bodyText());
    if (!licensed()) {
      // Endpoint Sensor answers only for an account that holds its licence (reference: AC-CORR).
      return Envelopes.endpointSensorFailure(-1, "Endpoint Sensor is not licensed: the licensing account lacks a current licence for " + dev.tiac.sandbox.console.Licence.ENDPOINT_SENSOR);
    }
    String url = body.path("Url").asString();
    Optional<Operation> op = operations.stream().filter(o -> o.url().equals(url) && o.handler().isPresent()).findFirst();
    if (op.isEmpty()) {
      return Envelopes.endpointSensorFailure(-1, "Unsupported Url " + url);
    }
    if (!op.get().method().equals(request.method())) {
      return Envelopes.error(Family.ENDPOINT_SENSOR, 405, 23, "HTTP method not supported: " + url + " needs " + op.get().method());
    }
    for (Constraint rule : op.get().rules()) {
      Optional<String> broken = rule.violation(request);
      if (broken.isPresent()) {
        return Envelopes.endpointSensorFailure(-1, broken.get());
      }
    }
    return op.get().handler().get().apply(body);
  }

  private static Operation unserved(String url, String method) {
    return new Operation(url, method, List.of(), Optional.empty(), List.of());
  }

  private static Constraint taskType() {
    return body("`TaskType` 4", b -> b.path("TaskType").isInt() && b.path("TaskType").asInt() == 4
        ? Optional.empty() : Optional.of("Unsupported TaskType " + b.path("TaskType").asString("")));
  }

  private static Constraint payload() {
    return body("`Payload` an object", b -> b.path("Payload").isObject() ? Optional.empty() : Optional.of("Payload must be an object"));
  }

  private static Constraint body(String description, Function<JsonNode, Optional<String>> check) {
    return new Constraint(description, r -> check.apply(Json.parse(r.bodyText())));
  }

  private boolean licensed() {
    return tenant.console().state().clp().licensed(dev.tiac.sandbox.console.Licence.ENDPOINT_SENSOR,
        java.time.LocalDate.ofInstant(tenant.console().clock().instant(), java.time.ZoneOffset.UTC));
  }

  static ObjectNode inner(String taskId, String serverGuid, String serverName, JsonNode content, String message) {
    ObjectNode inner = Json.object().put("taskId", taskId).put("lastContentId", "").put("hasMore", false)
        .put("serverGuid", serverGuid).put("serverName", serverName);
    if (content == null) {
      inner.putArray("content");
    } else {
      ObjectNode item = Json.object().put("statusCode", 0).put("message", message);
      item.set("content", content);
      inner.putArray("content").add(item);
    }
    return inner;
  }
}
