package dev.tiac.sandbox.apexcentral;

import dev.tiac.sandbox.http.Constraint;
import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Request;
import dev.tiac.sandbox.http.Response;
import dev.tiac.sandbox.tenant.Udso;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** User-defined suspicious objects: list, add (PUT) and delete, with the documented limits. */
final class SuspiciousObjects {
  static final int MAX_OBJECTS = 10_000;
  private static final Set<String> TYPES = Set.of("ip", "url", "file_sha1", "domain");
  private final Tenant tenant;

  /** GET: a type (as added, or "file" as listed) and a content filter. */
  static final List<Constraint> LIST = List.of(ApexRules.params("type", "contentFilter"),
      ApexRules.oneOf("type", Set.of("ip", "url", "file", "file_sha1", "domain")));

  /** PUT: {@code {"param":{type, content, notes, scan_action, expiration_utc_date}}} as documented. */
  static final List<Constraint> ADD = List.of(ApexRules.params(), ApexRules.jsonUtf8(), ApexRules.objectBody(),
      ApexRules.body("body `{\"param\":{…}}`", b -> b.path("param").isObject() ? Optional.empty() : Optional.of("the body must be {\"param\":{...}}")),
      ApexRules.body("`type` one of domain, file_sha1, ip, url", b -> TYPES.contains(b.path("param").path("type").asString(""))
          ? Optional.empty() : Optional.of("type must be one of ip, url, file_sha1, domain")),
      ApexRules.body("`content` required", b -> b.path("param").path("content").asString("").isEmpty()
          ? Optional.of("content is required") : Optional.empty()),
      ApexRules.body("`scan_action` log or block", b -> Set.of("log", "block").contains(b.path("param").path("scan_action").asString(""))
          ? Optional.empty() : Optional.of("scan_action must be log or block")),
      ApexRules.body("`notes` at most 256 characters", b -> b.path("param").path("notes").asString("").length() > 256
          ? Optional.of("notes over 256 characters") : Optional.empty()),
      ApexRules.body("`url` content at most 2047 characters", b -> b.path("param").path("type").asString("").equals("url")
          && b.path("param").path("content").asString("").length() > 2047 ? Optional.of("url over 2047 characters") : Optional.empty()),
      ApexRules.body("`file_sha1` content 40 hex digits", b -> b.path("param").path("type").asString("").equals("file_sha1")
          && !b.path("param").path("content").asString("").matches("(?i)[0-9a-f]{40}") ? Optional.of("file_sha1 needs 40 hex digits") : Optional.empty()));

  /** DELETE: type and content. */
  static final List<Constraint> DELETE = List.of(ApexRules.params("type", "content"), ApexRules.required("type"),
      ApexRules.required("content"), ApexRules.oneOf("type", Set.of("ip", "url", "file", "file_sha1", "domain")));

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
    JsonNode param = Json.parse(request.bodyText()).path("param");
    String type = param.path("type").asString("");
    String content = param.path("content").asString("");
    if (tenant.data().udso().size() >= MAX_OBJECTS) {
      return Envelopes.error(Family.GENERAL, 413, 12, "Maximum exceeded");
    }
    tenant.data().putUdso(new Udso(type, content, param.path("notes").asString(""), param.path("scan_action").asString(),
        param.path("expiration_utc_date").asString("")));
    return Envelopes.general(Json.MAPPER.nullNode());
  }

  Response delete(Request request) {
    String type = request.param("type").orElse("");
    String content = request.param("content").orElse("");
    if (!tenant.data().deleteUdso(type.equals("file") ? "file_sha1" : type, content)) {
      return Envelopes.error(Family.GENERAL, 500, 8, "Data not found");
    }
    return Envelopes.general(Json.MAPPER.nullNode());
  }
}
