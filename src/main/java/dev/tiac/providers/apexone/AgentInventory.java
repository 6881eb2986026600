package dev.tiac.providers.apexone;

import dev.tiac.providers.apexcentral.AgentQuery;
import dev.tiac.providers.apexcentral.ApexCentralClient;
import dev.tiac.providers.apexcentral.EsAgent;
import dev.tiac.providers.apexcentral.ProductAgent;
import dev.tiac.providers.apexcentral.Reads;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.FutureTask;
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
      // The two reads are independent: ProductAgents is read alongside ShowAgentList's pages
      // instead of after them (a plan that changes a policy waits for both).
      FutureTask<List<ProductAgent>> agents = new FutureTask<>(() -> client.productAgents(AgentQuery.apexOneAgents()));
      Thread reader = new Thread(agents, "tiac-inventory");
      reader.setDaemon(true);
      reader.start();
      List<EsAgent> sensors = client.endpointSensor().showAgentList();
      endpoints = join(sensors, Reads.await(agents, "the agents"));
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
