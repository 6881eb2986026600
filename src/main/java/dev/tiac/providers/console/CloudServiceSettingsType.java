package dev.tiac.providers.console;

import dev.tiac.contract.Address;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.ReadContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Apex Central's Cloud Service Settings: the licensing account registered to this console. The
 * password is write-only; one console owns an account at a time, which the live view reports.
 */
final class CloudServiceSettingsType extends ConsoleType {
  private final Function<DesiredResource, Map<String, String>> secrets;

  CloudServiceSettingsType(ManagementClient client, Function<DesiredResource, Map<String, String>> secrets) {
    super(client);
    this.secrets = secrets;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.CLOUD_SERVICE_SETTINGS;
  }

  @Override
  Set<String> visible() {
    return Set.of("account", "registeredElsewhere");
  }

  @Override
  Map<Address, Map<String, Value>> read(ReadContext context) {
    JsonNode settings = client.console().path("cloud_service_settings");
    Optional<String> account = text(settings, "account");
    Optional<String> owner = text(settings, "owner");
    Map<Address, Map<String, Value>> found = new HashMap<>();
    if (account.isEmpty()) {
      return found;
    }
    String thisConsole = client.console().path("apex_central_id").asString();
    boolean elsewhere = owner.isPresent() && !owner.get().equals(thisConsole);
    Map<String, Value> attributes = new HashMap<>();
    attributes.put("registeredElsewhere", Value.bool(elsewhere));
    if (!elsewhere) {
      attributes.put("account", Value.text(account.get()));
    }
    found.put(address(kind(), account.get()), attributes);
    return found;
  }

  @Override
  public LiveResource create(DesiredResource desired) {
    String password = secrets.apply(desired).getOrDefault("password", "");
    client.send("PUT", "/v1/apex-central/cloud-service-settings",
        Optional.of(ManagementClient.object().put("account", Value.textOf(desired.attributes(), "account", "")).put("password", password)));
    Map<String, Value> attributes = new HashMap<>(desired.attributes());
    attributes.put("registeredElsewhere", Value.FALSE);
    return LiveResource.of(desired.address(), attributes);
  }

  @Override
  public LiveResource update(DesiredResource desired, LiveResource live) {
    return create(desired);
  }
}
