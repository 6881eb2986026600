package dev.tiac.sandbox.apexcentral;

import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.world.Endpoint;
import dev.tiac.sandbox.world.User;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/** The Endpoint Sensor view of an agent, shared by ShowAgentList and ShowContent. */
final class AgentEntity {
  private AgentEntity() {}

  static ObjectNode of(Tenant tenant, Endpoint e) {
    ObjectNode n = Json.object().put("agentGuid", e.agentGuid()).put("serverGuid", tenant.world().apexOneServerGuid())
        .put("machineName", e.hostName()).put("isImportant", false).put("isOnline", e.online()).put("ip", e.ip())
        .put("machineGuid", e.machineGuid()).put("machineType", e.type().wire());
    n.putNull("machineLabels");
    n.put("machineOS", e.os()).put("isolateStatus", tenant.isolateStatus(e))
        .put("isEnable", tenant.console().policies().endpointSensorEnabled(e, tenant.world().company().adDomain()))
        .put("userName", tenant.world().account(e))
        .put("userGuid", tenant.world().userOf(e).map(User::guid).orElse("").toUpperCase(Locale.ROOT))
        .put("productType", 15);
    return n;
  }
}
