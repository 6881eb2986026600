package dev.tiac.sandbox.apexcentral;

import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds the three envelope families exactly as the real service spells them. */
final class Envelopes {
  static final String SERVER_NAME = "Apex One as a Service";

  private Envelopes() {}

  static Response serverAgent(JsonNode content) {
    return Response.json(200, Json.object().put("result_code", 1).put("result_description", "Operation successful")
        .set("result_content", content));
  }

  static Response general(JsonNode data) {
    ObjectNode root = Json.object();
    root.set("Data", data);
    root.set("Meta", Json.object().put("Result", 1).put("ErrorCode", 0).put("ErrorMsg", ""));
    return Response.json(200, controls(root));
  }

  /** {@code inner} is Data.Data: taskId, lastContentId, hasMore, serverGuid, serverName, content. */
  static Response endpointSensor(JsonNode inner) {
    ObjectNode data = Json.object().put("Code", 0).put("CodeType", 1).put("Message", "OK");
    data.set("Data", inner);
    data.put("TimeZone", 0);
    ObjectNode root = Json.object();
    root.set("Data", data);
    root.set("Meta", Json.object().put("result", 1).put("errorCode", 0).put("errorMessgae", "Success"));
    return Response.json(200, controls(root));
  }

  /** An Endpoint Sensor operation that failed inside a successful HTTP exchange: Message is not "OK". */
  static Response endpointSensorFailure(int code, String message) {
    ObjectNode data = Json.object().put("Code", code).put("CodeType", 1).put("Message", message);
    data.putNull("Data");
    data.put("TimeZone", 0);
    ObjectNode root = Json.object();
    root.set("Data", data);
    root.set("Meta", Json.object().put("result", 1).put("errorCode", 0).put("errorMessgae", "Success"));
    return Response.json(200, controls(root));
  }

  /** A failure in the envelope of the route's family; family A carries the error code as result_code. */
  static Response error(Family family, int status, int errorCode, String message) {
    return switch (family) {
      case SERVER_AGENT -> Response.json(status, Json.object().put("result_code", errorCode)
          .put("result_description", message).put("result_content", ""));
      case GENERAL -> {
        ObjectNode root = Json.object();
        root.putNull("Data");
        root.set("Meta", Json.object().put("Result", 0).put("ErrorCode", errorCode).put("ErrorMsg", message));
        yield Response.json(status, controls(root));
      }
      case ENDPOINT_SENSOR -> {
        ObjectNode root = Json.object();
        root.putNull("Data");
        root.set("Meta", Json.object().put("result", 0).put("errorCode", errorCode).put("errorMessgae", message));
        yield Response.json(status, controls(root));
      }
    };
  }

  private static ObjectNode controls(ObjectNode root) {
    ObjectNode permission = Json.object().put("permission", "255");
    permission.putNull("elements");
    root.set("PermissionCtrl", permission);
    root.set("FeatureCtrl", Json.object().put("mode", "0"));
    root.set("SystemCtrl", Json.object().put("TmcmSoDist_Role", "none"));
    return root;
  }
}
