package dev.tiac.providers.apexcentral;

import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Typed access to the Apex Central Automation API (Server/Agent and Custom Intelligence). */
public final class ApexCentralClient {
  private static final String AGENTS = "/WebApp/API/AgentResource/ProductAgents";
  private static final String SERVERS = "/WebApp/API/ServerResource/ProductServers";
  private static final String UDSO = "/WebApp/api/SuspiciousObjects/UserDefinedSO";

  private final ApexTransport transport;
  private final EndpointSensorClient endpointSensor;

  public ApexCentralClient(ApexCentralSettings settings, HttpClients clients) {
    this.transport = new ApexTransport(settings, clients);
    this.endpointSensor = new EndpointSensorClient(transport, clients);
  }

  public EndpointSensorClient endpointSensor() {
    return endpointSensor;
  }

  public List<ProductAgent> productAgents(AgentQuery query) {
    JsonNode content = ApexEnvelopes.resultContent(
        transport.send("GET", withQuery(AGENTS, query), Optional.empty()), "list ProductAgents");
    return agents(content);
  }

  private static List<ProductAgent> agents(JsonNode content) {
    List<ProductAgent> agents = new ArrayList<>();
    for (JsonNode n : content) {
      agents.add(new ProductAgent(text(n, "entity_id"), text(n, "product"),
          text(n, "managing_server_id"), text(n, "ad_domain"), text(n, "folder_path"),
          commaList(text(n, "ip_address_list")), commaList(text(n, "mac_address_list")),
          text(n, "host_name"), text(n, "isolation_status"), strings(n.path("capabilities"))));
    }
    return agents;
  }

  public List<ProductServer> productServers(AgentQuery query) {
    JsonNode content = ApexEnvelopes.resultContent(
        transport.send("GET", withQuery(SERVERS, query), Optional.empty()), "list ProductServers");
    List<ProductServer> servers = new ArrayList<>();
    for (JsonNode n : content) {
      servers.add(new ProductServer(text(n, "entity_id"), text(n, "product"),
          text(n, "ad_domain"), commaList(text(n, "ip_address_list")), text(n, "host_name"),
          strings(n.path("capabilities"))));
    }
    return servers;
  }

  /**
   * Isolates or restores the agents the query selects; returns them as they were before the
   * action. With {@code allowMultipleMatch} false, Apex Central refuses a query matching several.
   */
  public List<ProductAgent> agentAction(AgentAction action, AgentQuery query,
      boolean allowMultipleMatch) {
    ObjectNode body = ApexEnvelopes.JSON.createObjectNode();
    body.put("act", action.wireName());
    body.put("allow_multiple_match", allowMultipleMatch);
    query.parameters().forEach(body::put);
    JsonNode content = ApexEnvelopes.resultContent(transport.send("POST",
        transport.url(AGENTS).build(), Optional.of(body.toString())), action.wireName());
    return agents(content);
  }

  public List<Udso> listUdso(Optional<String> type, Optional<String> contentFilter) {
    HttpUrl.Builder url = transport.url(UDSO);
    type.ifPresent(t -> url.addQueryParameter("type", t));
    contentFilter.ifPresent(f -> url.addQueryParameter("contentFilter", f));
    JsonNode data = ApexEnvelopes.metaData(
        transport.send("GET", url.build(), Optional.empty()), "list user-defined suspicious objects");
    List<Udso> out = new ArrayList<>();
    for (JsonNode n : data) {
      String expiry = text(n, "expiration_utc_date");
      out.add(new Udso(text(n, "type"), text(n, "content"), text(n, "notes"),
          text(n, "scan_action"), expiry.isEmpty() ? Optional.empty() : Optional.of(expiry)));
    }
    return out;
  }

  /** Adds (or overwrites) one object. A PUT, so the retry layer may safely repeat it. */
  public void addUdso(Udso udso) {
    ObjectNode param = ApexEnvelopes.JSON.createObjectNode();
    param.put("type", udso.type());
    param.put("content", udso.content());
    param.put("notes", udso.notes());
    param.put("scan_action", udso.scanAction());
    udso.expirationUtcDate().ifPresent(d -> param.put("expiration_utc_date", d));
    ObjectNode body = ApexEnvelopes.JSON.createObjectNode();
    body.set("param", param);
    ApexEnvelopes.metaData(transport.send("PUT", transport.url(UDSO + "/").build(),
        Optional.of(body.toString())), "add user-defined suspicious object");
  }

  public void deleteUdso(String type, String content) {
    HttpUrl url = transport.url(UDSO).addQueryParameter("type", type)
        .addQueryParameter("content", content).build();
    ApexEnvelopes.metaData(transport.send("DELETE", url, Optional.empty()),
        "delete user-defined suspicious object");
  }

  private HttpUrl withQuery(String path, AgentQuery query) {
    HttpUrl.Builder url = transport.url(path);
    query.parameters().forEach(url::addQueryParameter);
    return url.build();
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNull() || value.isMissingNode() ? "" : value.asString("");
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.asString(""));
    }
    return out;
  }

  static List<String> commaList(String value) {
    return value.isBlank() ? List.of()
        : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
