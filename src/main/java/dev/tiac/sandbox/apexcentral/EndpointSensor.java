package dev.tiac.sandbox.apexcentral;

import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Request;
import dev.tiac.sandbox.http.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ApiEntry envelope {@code {"Url","TaskType":4,"Payload"}}: dispatches on Url and checks the
 * method each operation is documented with. An unknown operation is a failure inside Data, not an HTTP error.
 */
final class EndpointSensor {
  private final ShowAgentList agentList;
  private final QuickScans scans;
  private final Tenant tenant;

  EndpointSensor(Tenant tenant, QuickScans scans) {
    this.tenant = tenant;
    this.agentList = new ShowAgentList(tenant);
    this.scans = scans;
  }

  Response handle(Request request) {
    JsonNode body = Json.parse(request.bodyText());
    if (!body.isObject() || !body.path("Url").isString()) {
      return Envelopes.error(Family.ENDPOINT_SENSOR, 400, 7, "Incorrect parameter: the body must be {Url, TaskType, Payload}");
    }
    if (body.path("TaskType").asInt(-1) != 4) {
      return Envelopes.endpointSensorFailure(-1, "Unsupported TaskType " + body.path("TaskType").asString(""));
    }
    if (!licensed()) {
      // Endpoint Sensor answers only for an account that holds its licence (reference: AC-CORR).
      return Envelopes.endpointSensorFailure(-1, "Endpoint Sensor is not licensed: the licensing account lacks a current licence for " + dev.tiac.sandbox.console.Licence.ENDPOINT_SENSOR);
    }
    String op = body.path("Url").asString();
    String want = switch (op) {
      case "V1/Task/ShowAgentList", "V1/Content/ShowContent" -> "PUT";
      case "V1/Task/CreateQuickScan" -> "POST";
      default -> "";
    };
    if (want.isEmpty()) {
      return Envelopes.endpointSensorFailure(-1, "Unsupported Url " + op);
    }
    if (!want.equals(request.method())) {
      return Envelopes.error(Family.ENDPOINT_SENSOR, 405, 23, "HTTP method not supported: " + op + " needs " + want);
    }
    return switch (op) {
      case "V1/Task/ShowAgentList" -> agentList.handle(body.path("Payload"));
      case "V1/Task/CreateQuickScan" -> scans.create(body.path("Payload"));
      default -> scans.content(body);
    };
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
