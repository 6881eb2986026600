package dev.tiac.providers.console;

import dev.tiac.contract.Address;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Deleter;
import dev.tiac.contract.spi.ReadContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Cloud App Security's Exchange Online service account. */
final class CasServiceAccountType extends ConsoleType implements Deleter {
  private static final String EXCHANGE_ONLINE = "Exchange Online";

  CasServiceAccountType(ManagementClient client) {
    super(client);
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.CAS_SERVICE_ACCOUNT;
  }

  @Override
  Set<String> visible() {
    return Set.of("type");
  }

  @Override
  Map<Address, Map<String, Value>> read(ReadContext context) {
    Map<Address, Map<String, Value>> found = new HashMap<>();
    for (JsonNode account : client.console().path("cas").path("service_accounts")) {
      if (account.asString().equalsIgnoreCase(EXCHANGE_ONLINE)) {
        found.put(address(kind(), "exchangeOnline"), Map.of("type", Value.text("exchangeOnline")));
      }
    }
    return found;
  }

  @Override
  public LiveResource create(DesiredResource desired) {
    client.send("POST", "/v1/cas/service-accounts", Optional.of(ManagementClient.object().put("type", EXCHANGE_ONLINE)));
    return LiveResource.of(desired.address(), desired.attributes());
  }

  @Override
  public LiveResource update(DesiredResource desired, LiveResource live) {
    return LiveResource.of(desired.address(), desired.attributes());
  }

  @Override
  public void delete(LiveResource live) {
    client.send("DELETE", "/v1/cas/service-accounts/Exchange%20Online", Optional.empty());
  }
}
