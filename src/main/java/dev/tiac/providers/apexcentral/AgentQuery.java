package dev.tiac.providers.apexcentral;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Selectors for ProductAgents / ProductServers; every given selector must match (AND). */
public record AgentQuery(
    Optional<String> entityId,
    Optional<String> ipAddress,
    Optional<String> macAddress,
    Optional<String> hostName,
    Optional<String> product,
    Optional<String> managingServerId) {

  public static AgentQuery all() {
    return new AgentQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  public static AgentQuery apexOneAgents() {
    return all().withProduct("SLF_PRODUCT_OFFICESCAN_CE");
  }

  public AgentQuery withHostName(String value) {
    return new AgentQuery(entityId, ipAddress, macAddress, Optional.of(value), product,
        managingServerId);
  }

  public AgentQuery withEntityId(String value) {
    return new AgentQuery(Optional.of(value), ipAddress, macAddress, hostName, product,
        managingServerId);
  }

  public AgentQuery withProduct(String value) {
    return new AgentQuery(entityId, ipAddress, macAddress, hostName, Optional.of(value),
        managingServerId);
  }

  /** The selectors under their wire names, in a stable order. */
  Map<String, String> parameters() {
    Map<String, String> out = new TreeMap<>();
    entityId.ifPresent(v -> out.put("entity_id", v));
    ipAddress.ifPresent(v -> out.put("ip_address", v));
    macAddress.ifPresent(v -> out.put("mac_address", v));
    hostName.ifPresent(v -> out.put("host_name", v));
    product.ifPresent(v -> out.put("product", v));
    managingServerId.ifPresent(v -> out.put("managing_server_id", v));
    return out;
  }
}
