package dev.tiac.sandbox.apexcentral;

import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Request;
import dev.tiac.sandbox.http.Response;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** ProductServers: the Apex One as a Service server whose GUID the Endpoint Sensor calls report. */
final class ProductServers {
  private final Tenant tenant;

  ProductServers(Tenant tenant) {
    this.tenant = tenant;
  }

  Response list(Request request) {
    ObjectNode server = Json.object().put("entity_id", tenant.world().apexOneServerGuid())
        .put("product", ProductAgents.PRODUCT).put("ad_domain", "").put("ip_address_list", "10.0.0.2")
        .put("host_name", "APEXONE-SAAS");
    server.putArray("capabilities").add("cmd_deploy_update_sources");
    ArrayNode all = Json.array();
    boolean keep = true;
    for (var f : request.query().entrySet()) {
      String want = f.getValue().get(0);
      String have = switch (f.getKey().toLowerCase(java.util.Locale.ROOT)) {
        case "entity_id" -> server.path("entity_id").asString();
        case "host_name" -> server.path("host_name").asString();
        case "product" -> ProductAgents.PRODUCT;
        case "ip_address" -> "10.0.0.2";
        default -> want;
      };
      keep &= have.equalsIgnoreCase(want);
    }
    if (keep) {
      all.add(server);
    }
    return Envelopes.serverAgent(all);
  }
}
