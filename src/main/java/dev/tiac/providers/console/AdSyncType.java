package dev.tiac.providers.console;

import dev.tiac.contract.Address;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.ReadContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Active Directory synchronization on or off in Apex Central. */
final class AdSyncType extends ConsoleType {
  AdSyncType(ManagementClient client) {
    super(client);
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.AD_SYNC;
  }

  @Override
  Set<String> visible() {
    return Set.of("enabled");
  }

  @Override
  Map<Address, Map<String, Value>> read(ReadContext context) {
    boolean enabled = client.console().path("ad_sync").path("enabled").asBoolean(false);
    return Map.of(address(kind(), "settings"), Map.of("enabled", Value.bool(enabled)));
  }

  @Override
  public LiveResource create(DesiredResource desired) {
    boolean enabled = Value.TRUE.equals(desired.attributes().get("enabled"));
    client.send("PUT", "/v1/apex-central/ad-sync", Optional.of(ManagementClient.object().put("enabled", enabled)));
    return LiveResource.of(desired.address(), desired.attributes());
  }

  @Override
  public LiveResource update(DesiredResource desired, LiveResource live) {
    return create(desired);
  }
}
