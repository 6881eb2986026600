package dev.tiac.providers.apexcentral;

import java.util.List;

/** A managed product server (for example the Apex One server whose GUID Endpoint Sensor uses). */
public record ProductServer(
    String entityId,
    String product,
    String adDomain,
    List<String> ipAddresses,
    String hostName,
    List<String> capabilities) {
  public ProductServer {
    ipAddresses = List.copyOf(ipAddresses);
    capabilities = List.copyOf(capabilities);
  }
}
