package dev.tiac.sandbox.cas;

import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Request;
import dev.tiac.sandbox.http.Response;
import dev.tiac.sandbox.tenant.TenantData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** GET and POST /v1/remediation/mails: the senders, URLs and file hashes CAS blocks. */
final class BlockedLists {
  static final int MAX_ITEMS = 2048;
  private final TenantData data;

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
    JsonNode rules = body.path("rules");
    if (!(action.equals("create") || action.equals("delete")) || !rules.isObject()) {
      return CasErrors.badRequest("action_type must be create or delete, with a rules object");
    }
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (String key : TenantData.BLOCKED_LISTS) {
      JsonNode list = rules.path(key);
      if (list.isMissingNode()) {
        continue;
      }
      if (!list.isArray() || list.size() > MAX_ITEMS) {
        return CasErrors.badRequest(key + " must be an array of at most 2048 items");
      }
      List<String> items = new ArrayList<>();
      list.forEach(i -> items.add(i.asString("")));
      lists.put(key, items);
    }
    if (lists.isEmpty()) {
      return CasErrors.badRequest("give at least one of senders, urls, filehashes, file256hashes");
    }
    data.block(lists, action.equals("create"));
    String done = action.equals("create") ? "Add rules successfully." : "Delete rules successfully.";
    return Response.json(200, Json.object().put("code", 0).put("message", done));
  }
}
