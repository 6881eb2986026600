package dev.tiac.providers.apexone;

import dev.tiac.providers.apexcentral.AgentQuery;
import dev.tiac.providers.apexcentral.ApexCentralClient;
import dev.tiac.providers.apexcentral.EsAgent;
import dev.tiac.providers.apexcentral.ProductAgent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every managed endpoint, read once per run: ShowAgentList (all pages) joined with ProductAgents
 * (one call) by host name. Several checks and kinds share it, so it is read lazily and only once.
 */
public final class AgentInventory implements Supplier<List<Endpoint>> {
  private final ApexCentralClient client;
  private List<Endpoint> endpoints;

  public AgentInventory(ApexCentralClient client) {
    this.client = client;
  }

  @Override
  public synchronized List<Endpoint> get() {
    if (endpoints == null) {
      endpoints = join(client.endpointSensor().showAgentList(), client.productAgents(AgentQuery.apexOneAgents()));
    }
    return endpoints;
  }

  static List<Endpoint> join(List<EsAgent> sensors, List<ProductAgent> agents) {
    Map<String, ProductAgent> byHost = new HashMap<>();
    for (ProductAgent agent : agents) {
      byHost.put(shortName(agent.hostName()), agent);
    }
    List<Endpoint> joined = new ArrayList<>();
    for (EsAgent sensor : sensors) {
      ProductAgent agent = byHost.get(shortName(sensor.machineName()));
      joined.add(new Endpoint(sensor.machineName(), sensor.machineType(), sensor.machineOs(), sensor.ip(),
          agent == null ? "" : agent.adDomain(), agent == null ? "" : agent.folderPath(), sensor.enabled()));
    }
    return List.copyOf(joined);
  }

  private static String shortName(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    int dot = lower.indexOf('.');
    return dot < 0 ? lower : lower.substring(0, dot);
  }
}
