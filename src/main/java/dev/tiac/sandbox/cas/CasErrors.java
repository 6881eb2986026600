package dev.tiac.sandbox.cas;

import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Response;
import java.util.UUID;

/** Every non-200 CAS answer: {@code {"code","traceId","msg"}}. */
final class CasErrors {
  static final String TOKEN_NOT_FOUND = "Authentication token not found";
  static final String TOO_MANY = "Maximum allowed requests exceeded";

  private CasErrors() {}

  static Response error(int status, String msg) {
    return Response.json(status, Json.object().put("code", status).put("traceId", UUID.randomUUID().toString()).put("msg", msg));
  }

  static Response badRequest(String msg) {
    return error(400, msg);
  }

  static String defaultMessage(int status) {
    return switch (status) {
      case 404 -> "API not found";
      case 405 -> "Method not allowed";
      case 429 -> TOO_MANY;
      case 503 -> "Service temporarily unavailable";
      default -> "Internal server error";
    };
  }
}
