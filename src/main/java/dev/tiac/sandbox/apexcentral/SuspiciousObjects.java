package dev.tiac.sandbox.apexcentral;

import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Request;
import dev.tiac.sandbox.http.Response;
import dev.tiac.sandbox.tenant.Udso;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** User-defined suspicious objects: list, add (PUT) and delete, with the documented limits. */
final class SuspiciousObjects {
  static final int MAX_OBJECTS = 10_000;
  private static final Set<String> TYPES = Set.of("ip", "url", "file_sha1", "domain");
  private final Tenant tenant;

  SuspiciousObjects(Tenant tenant) {
    this.tenant = tenant;
  }

  Response list(Request request) {
    String type = request.param("type").orElse("").toLowerCase(Locale.ROOT);
    String filter = request.param("contentFilter").orElse("").toLowerCase(Locale.ROOT);
    ArrayNode data = Json.array();
    for (Udso u : tenant.data().udso()) {
      String listed = u.type().equals("file_sha1") ? "file" : u.type();
      boolean typeOk = type.isEmpty() || type.equals(listed) || type.equals(u.type());
      if (typeOk && u.content().toLowerCase(Locale.ROOT).contains(filter)) {
        data.add(Json.object().put("type", listed).put("content", u.content()).put("notes", u.notes())
            .put("scan_action", u.scanAction()).put("expiration_utc_date", u.expirationUtcDate()));
      }
    }
    return Envelopes.general(data);
  }

  Response add(Request request) {
    if (!request.header("Content-Type").orElse("").replace(" ", "").equalsIgnoreCase("application/json;charset=utf-8")) {
      return Envelopes.error(Family.GENERAL, 400, 11, "Incorrect input: Content-Type must be application/json;charset=utf-8");
    }
    JsonNode param = Json.parse(request.bodyText()).path("param");
    String type = param.path("type").asString("");
    String content = param.path("content").asString("");
    String notes = param.path("notes").asString("");
    String action = param.path("scan_action").asString("log");
    if (!TYPES.contains(type) || content.isEmpty() || !Set.of("log", "block").contains(action)) {
      return Envelopes.error(Family.GENERAL, 400, 7, "Incorrect parameter: type, content or scan_action");
    }
    if (notes.length() > 256 || (type.equals("url") && content.length() > 2047)) {
      return Envelopes.error(Family.GENERAL, 400, 7, "Incorrect parameter: notes over 256 or url over 2047 characters");
    }
    if (type.equals("file_sha1") && !content.matches("(?i)[0-9a-f]{40}")) {
      return Envelopes.error(Family.GENERAL, 400, 7, "Incorrect parameter: file_sha1 needs 40 hex digits");
    }
    if (tenant.data().udso().size() >= MAX_OBJECTS) {
      return Envelopes.error(Family.GENERAL, 413, 12, "Maximum exceeded");
    }
    tenant.data().putUdso(new Udso(type, content, notes, action, param.path("expiration_utc_date").asString("")));
    return Envelopes.general(Json.MAPPER.nullNode());
  }

  Response delete(Request request) {
    String type = request.param("type").orElse("");
    String content = request.param("content").orElse("");
    if (type.isEmpty() || content.isEmpty()) {
      return Envelopes.error(Family.GENERAL, 400, 7, "Incorrect parameter: type and content are required");
    }
    if (!tenant.data().deleteUdso(type.equals("file") ? "file_sha1" : type, content)) {
      return Envelopes.error(Family.GENERAL, 500, 8, "Data not found");
    }
    return Envelopes.general(Json.MAPPER.nullNode());
  }
}
