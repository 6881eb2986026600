package dev.tiac.providers.console;

import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.spi.ResourceType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The console kinds over the management API, where one exists (the sandbox): a type for each, and
 * the facts the consoles report. Which driver a connection uses is the run's wiring's choice.
 */
public final class ManagedConsoleKinds implements ConsoleKinds {
  private final Optional<ManagementClient> client;
  private final Map<ResourceKind, ResourceType> types = new EnumMap<>(ResourceKind.class);

  public ManagedConsoleKinds(Optional<ManagementClient> client, TokenDelivery delivery, Function<DesiredResource, Map<String, String>> secrets) {
    this.client = client;
    // Each type names its own kind: a console kind is added here once, without naming it again.
    client.ifPresent(c -> List.of(new CasServiceAccountType(c), new CasPolicyType(c), new CasTokenType(c, delivery),
        new CloudServiceSettingsType(c, secrets), new AdSyncType(c), new SyncToolType(c), new ApexOnePolicyType(c))
        .forEach(t -> types.put(t.kind(), t)));
  }

  @Override
  public boolean managed() {
    return client.isPresent();
  }

  @Override
  public Optional<String> dotNetVersion(String server) {
    return client.flatMap(c -> {
      // The latest report from that server counts: tools are listed oldest first.
      Optional<String> latest = Optional.empty();
      for (var tool : c.console().path("ad_sync").path("tools")) {
        boolean same = tool.path("ad_server").asString("").equalsIgnoreCase(server);
        String version = tool.path("dot_net_version").asString("");
        if (same && !version.isEmpty()) {
          latest = Optional.of(version);
        }
      }
      return latest;
    });
  }

  @Override
  public Optional<ResourceType> apiType(ResourceKind kind) {
    return Optional.ofNullable(types.get(kind));
  }
}
