package dev.tiac.sandbox.cas;

import dev.tiac.sandbox.http.Constraint;
import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Request;
import dev.tiac.sandbox.http.Response;
import dev.tiac.sandbox.tenant.TenantData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** GET and POST /v1/remediation/mails: the senders, URLs and file hashes CAS blocks. */
final class BlockedLists {
  static final int MAX_ITEMS = 2048;
  private final TenantData data;

  /** POST: the documented body shape. */
  static final List<Constraint> BODY = List.of(
      CasRules.body("body `{\"action_type\":\"create\"|\"delete\",\"rules\":{...}}`", b -> b.isObject()
          && b.path("action_type").isString() && Set.of("create", "delete").contains(b.path("action_type").asString()) && b.path("rules").isObject()
          ? Optional.empty() : Optional.of("Invalid parameter: action_type must be create or delete, with a rules object")),
      CasRules.body("`rules`: only senders, urls, filehashes, file256hashes; at least one", b -> {
        JsonNode rules = b.path("rules");
        for (var e : rules.properties()) {
          if (!TenantData.BLOCKED_LISTS.contains(e.getKey())) {
            return Optional.of("Invalid parameter: rules." + e.getKey());
          }
        }
        return rules.isEmpty() ? Optional.of("Invalid parameter: give at least one of senders, urls, filehashes, file256hashes") : Optional.empty();
      }),
      CasRules.body("each list an array of at most " + MAX_ITEMS + " strings", b -> {
        for (var e : b.path("rules").properties()) {
          JsonNode list = e.getValue();
          boolean strings = list.isArray() && java.util.stream.StreamSupport.stream(list.spliterator(), false).allMatch(JsonNode::isString);
          if (!strings || list.size() > MAX_ITEMS) {
            return Optional.of("Invalid parameter: " + e.getKey() + " must be an array of at most " + MAX_ITEMS + " strings");
          }
        }
        return Optional.empty();
      }));

  BlockedLists(TenantData data) {
    this.data = data;
  }

  Response get(Request request) {
    ObjectNode rules = Json.object();
    // A list with no entries is left out, as the real service does.
    data.blockedLists().forEach((k, v) -> {
      if (!v.isEmpty()) {
        var arr = rules.putArray(k);
        v.forEach(arr::add);
      }
    });
    ObjectNode body = Json.object().put("code", 0).put("message", "Get rules successfully.");
    body.set("rules", rules);
    return Response.json(200, body);
  }

  Response post(Request request) {
    JsonNode body = Json.parse(request.bodyText());
    String action = body.path("action_type").asString("");
    Map<String, List<String>> lists = new LinkedHashMap<>();
    body.path("rules").properties().forEach(e -> {
      List<String> items = new ArrayList<>();
      e.getValue().forEach(i -> items.add(i.asString("")));
      lists.put(e.getKey(), items);
    });
    data.block(lists, action.equals("create"));
    String done = action.equals("create") ? "Add rules successfully." : "Delete rules successfully.";
    return Response.json(200, Json.object().put("code", 0).put("message", done));
  }
}
