package dev.tiac.sandbox.management;

import dev.tiac.sandbox.console.CasToken;
import dev.tiac.sandbox.console.ConsoleState;
import dev.tiac.sandbox.http.Json;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.JsonNode;

/** Console state as the management API shows it: snake_case, and no secret except a new token once. */
final class Views {
  static final JsonMapper SNAKE = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

  private Views() {}

  static JsonNode of(Object value) {
    return SNAKE.valueToTree(value);
  }

  static ObjectNode token(CasToken t, boolean withSecret) {
    ObjectNode n = Json.object().put("id", t.id()).put("name", t.name()).put("description", t.description())
        .put("target", t.target().name()).put("created", t.created().toString()).put("expires", t.expires().toString());
    ArrayNode types = n.putArray("api_types");
    t.apiTypes().forEach(a -> types.add(a.name()));
    if (withSecret) {
      n.put("token", t.secret());
    }
    return n;
  }

  static ObjectNode console(ConsoleState s) {
    ObjectNode n = Json.object().put("apex_central_id", s.apexCentralId());
    ObjectNode clp = n.putObject("clp_account").put("account", s.clp().account());
    clp.set("licences", of(s.clp().licences()));
    ObjectNode cas = n.putObject("cas").put("region", s.cas().region());
    cas.set("service_accounts", of(s.cas().serviceAccounts()));
    cas.set("policies", of(s.cas().policies()));
    ArrayNode tokens = cas.putArray("tokens");
    s.cas().tokens().forEach(t -> tokens.add(token(t, false)));
    n.set("cloud_service_settings", of(s.cloudServices()));
    n.set("ad_sync", of(s.adSync()));
    ArrayNode policies = n.putArray("apex_one_policies");
    int rank = 0;
    for (var p : s.policies()) {
      ObjectNode view = (ObjectNode) of(p);
      // Filtered policies rank in their saved order; specified ones are always above, drafts nowhere.
      if (p.kind() == dev.tiac.sandbox.console.PolicyKind.FILTERED && p.deployed().isPresent()) {
        view.put("priority", ++rank);
      } else {
        view.putNull("priority");
      }
      policies.add(view);
    }
    n.set("email_clients", of(s.emailClients()));
    return n;
  }
}
