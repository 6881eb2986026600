package dev.tiac.providers.apexcentral;

import java.util.List;

/** A Security Agent as ProductAgents lists it; address lists are split from their comma strings. */
public record ProductAgent(
    String entityId,
    String product,
    String managingServerId,
    String adDomain,
    String folderPath,
    List<String> ipAddresses,
    List<String> macAddresses,
    String hostName,
    String isolationStatus,
    List<String> capabilities) {
  public ProductAgent {
    ipAddresses = List.copyOf(ipAddresses);
    macAddresses = List.copyOf(macAddresses);
    capabilities = List.copyOf(capabilities);
  }
}
