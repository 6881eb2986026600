package dev.tiac.sandbox.apexcentral;

import dev.tiac.sandbox.http.Constraint;
import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Request;
import dev.tiac.sandbox.http.Response;
import dev.tiac.sandbox.world.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** ProductAgents GET (filters, AND-ed) and POST (isolate, restore, relocate, uninstall). */
final class ProductAgents {
  static final String PRODUCT = "SLF_PRODUCT_OFFICESCAN_CE";
  private static final Set<String> FILTERS = Set.of("entity_id", "ip_address", "mac_address", "host_name", "product", "managing_server_id");
  private static final List<String> SELECTORS = List.of("entity_id", "ip_address", "mac_address", "host_name", "product");
  private static final Set<String> ACTIONS = Set.of("cmd_isolate_agent", "cmd_restore_isolated_agent", "cmd_relocate_agent", "cmd_uninstall_agent");
  private final Tenant tenant;

  /** GET ProductAgents and ProductServers: the documented selectors only. */
  static final List<Constraint> QUERY = List.of(
      ApexRules.params("entity_id", "ip_address", "mac_address", "host_name", "product", "managing_server_id"));

  /** POST ProductAgents: act, allow_multiple_match, the selectors and the relocation target. */
  static final List<Constraint> ACTION = List.of(ApexRules.params(), ApexRules.objectBody(),
      ApexRules.body("`act` one of " + String.join(", ", new java.util.TreeSet<>(ACTIONS)),
          b -> b.path("act").isString() && ACTIONS.contains(b.path("act").asString()) ? Optional.empty() : Optional.of("act is required, one of " + String.join(", ", new java.util.TreeSet<>(ACTIONS)))),
      ApexRules.body("`allow_multiple_match` a boolean, required",
          b -> b.path("allow_multiple_match").isBoolean() ? Optional.empty() : Optional.of("allow_multiple_match is required (true or false)")),
      ApexRules.body("selectors `entity_id`, `ip_address`, `mac_address`, `host_name`, `product` strings", b -> {
        for (String f : SELECTORS) {
          if (b.has(f) && !b.path(f).isString()) {
            return Optional.of(f + " must be a string");
          }
        }
        return Optional.empty();
      }),
      ApexRules.body("relocate: `relocate_to_server_id` and `relocate_to_folder_path` required",
          b -> !b.path("act").asString("").equals("cmd_relocate_agent")
              || (b.path("relocate_to_server_id").isString() && b.path("relocate_to_folder_path").isString())
              ? Optional.empty() : Optional.of("relocate_to_server_id and relocate_to_folder_path are required")));

  ProductAgents(Tenant tenant) {
    this.tenant = tenant;
  }

  Response list(Request request) {
    Map<String, String> filters = new java.util.LinkedHashMap<>();
    request.query().forEach((k, v) -> filters.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
    ArrayNode content = Json.array();
    matching(filters).forEach(e -> content.add(render(e)));
    return Envelopes.serverAgent(content);
  }

  Response act(Request request) {
    JsonNode body = Json.parse(request.bodyText());
    String act = body.path("act").asString("");
    Map<String, String> selectors = new java.util.LinkedHashMap<>();
    for (String f : SELECTORS) {
      if (body.path(f).isString() && !body.path(f).asString().isEmpty()) {
        selectors.put(f, body.path(f).asString());
      }
    }
    List<Endpoint> matched = matching(selectors);
    if (matched.size() > 1 && !body.path("allow_multiple_match").asBoolean()) {
      return Envelopes.error(Family.SERVER_AGENT, 400, 7, "More than one agent matches and allow_multiple_match is false");
    }
    ArrayNode before = Json.array();
    matched.forEach(e -> before.add(render(e)));
    for (Endpoint e : matched) {
      if (act.equals("cmd_isolate_agent")) {
        tenant.data().setIsolation(e.agentGuid(), "isolated");
      } else if (act.equals("cmd_restore_isolated_agent")) {
        tenant.data().setIsolation(e.agentGuid(), "normal");
      }
    }
    return Envelopes.serverAgent(before);
  }

  private List<Endpoint> matching(Map<String, String> filters) {
    List<Endpoint> out = new ArrayList<>();
    for (Endpoint e : tenant.world().endpoints()) {
      boolean all = true;
      for (var f : filters.entrySet()) {
        if (FILTERS.contains(f.getKey()) && !field(e).apply(f.getKey()).equalsIgnoreCase(f.getValue())) {
          all = false;
          break;
        }
      }
      if (all) {
        out.add(e);
      }
    }
    return out;
  }

  private Function<String, String> field(Endpoint e) {
    return name -> switch (name) {
      case "entity_id" -> e.agentGuid();
      case "ip_address" -> e.ip();
      case "mac_address" -> e.mac();
      case "host_name" -> e.hostName();
      case "product" -> PRODUCT;
      default -> tenant.world().apexOneServerGuid();
    };
  }

  private ObjectNode render(Endpoint e) {
    ObjectNode n = Json.object().put("entity_id", e.agentGuid()).put("product", PRODUCT)
        .put("managing_server_id", tenant.world().apexOneServerGuid()).put("ad_domain", tenant.world().company().adDomain())
        .put("folder_path", tenant.world().company().adDomain()).put("ip_address_list", e.ip())
        .put("mac_address_list", e.mac()).put("host_name", e.hostName()).put("isolation_status", tenant.isolation(e));
    ArrayNode caps = n.putArray("capabilities");
    List.of("cmd_restore_isolated_agent", "cmd_isolate_agent", "cmd_relocate_agent", "cmd_uninstall_agent").forEach(caps::add);
    return n;
  }
}
