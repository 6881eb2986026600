package dev.tiac.sandbox.apexcentral;

import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Response;
import dev.tiac.sandbox.world.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * V1/Task/ShowAgentList: agents with pagination{offset,limit} and filters by type code (1 endpoint
 * name, 2 endpoint type, 4 IP range, 5 OS, 6 user name, 9 partial OS).
 */
final class ShowAgentList {
  private static final Map<String, String> OS_CODES = Map.of("WIN_7", "Windows 7", "WIN_8", "Windows 8", "WIN_10", "Windows 10",
      "WIN_11", "Windows 11", "WIN_2008", "Windows Server 2008", "WIN_2012", "Windows Server 2012",
      "WIN_2016", "Windows Server 2016", "WIN_2019", "Windows Server 2019", "WIN_2022", "Windows Server 2022", "WIN", "Windows");
  private final Tenant tenant;

  ShowAgentList(Tenant tenant) {
    this.tenant = tenant;
  }

  Response handle(JsonNode payload) {
    int offset = payload.path("pagination").path("offset").asInt(0);
    int limit = payload.path("pagination").path("limit").asInt(50);
    Predicate<Endpoint> filter = e -> true;
    for (JsonNode f : payload.path("filter")) {
      Predicate<Endpoint> one = filter(f);
      if (one == null) {
        return Envelopes.endpointSensorFailure(-1, "Unsupported filter type " + f.path("type").asString(""));
      }
      filter = filter.and(one);
    }
    List<Endpoint> matched = new ArrayList<>();
    for (Endpoint e : tenant.world().endpoints()) {
      if (filter.test(e)) {
        matched.add(e);
      }
    }
    ArrayNode agents = Json.array();
    for (int i = offset; i < Math.min(matched.size(), offset + limit); i++) {
      agents.add(AgentEntity.of(tenant, matched.get(i)));
    }
    ObjectNode content = Json.object();
    content.set("agentEntity", agents);
    content.set("pagination", Json.object().put("offset", offset).put("limit", limit).put("total", matched.size()));
    content.set("agentQueryStatus", Json.object().put("hasFullRbac", true).put("hasFullAgents", true));
    return Envelopes.endpointSensor(EndpointSensor.inner("", "", "", content, "Success"));
  }

  /** Null for an unknown filter type, which the caller reports. */
  private Predicate<Endpoint> filter(JsonNode f) {
    JsonNode value = f.path("value");
    String text = value.isArray() ? value.path(0).asString("") : value.asString("");
    String lower = text.toLowerCase(Locale.ROOT);
    return switch (f.path("type").asInt(-1)) {
      case 1 -> e -> e.hostName().toLowerCase(Locale.ROOT).contains(lower);
      case 2 -> e -> e.type().wire().equalsIgnoreCase(text);
      case 4 -> e -> inRange(e.ip(), value.path(0).asString(""), value.path(1).asString(""));
      case 5 -> e -> e.os().toLowerCase(Locale.ROOT).startsWith(OS_CODES.getOrDefault(text.toUpperCase(Locale.ROOT), text).toLowerCase(Locale.ROOT));
      case 6 -> e -> tenant.world().account(e).toLowerCase(Locale.ROOT).contains(lower);
      case 9 -> e -> e.os().toLowerCase(Locale.ROOT).contains(lower);
      default -> null;
    };
  }

  private static boolean inRange(String ip, String start, String end) {
    long v = ipv4(ip);
    return v >= 0 && v >= ipv4(start) && v <= ipv4(end) && ipv4(start) >= 0;
  }

  static long ipv4(String ip) {
    return dev.tiac.sandbox.world.Ipv4.value(ip);
  }
}
