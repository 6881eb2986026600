package dev.tiac.providers.apexcentral;

import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Change;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.spi.KindDefinition;
import java.util.Optional;

/**
 * Apex Central's Cloud Service Settings ({@code apexcentral.cloudServiceSettings}): the licensing
 * account registered there, which brings in Cloud App Security's logs. One Apex Central owns it.
 */
public final class CloudServiceSettingsKind implements KindDefinition {
  @Override
  public ResourceKind kind() {
    return ResourceKind.CLOUD_SERVICE_SETTINGS;
  }

  @Override
  public SetupStep step() {
    return SetupStep.CLOUD_SERVICE_SETTINGS;
  }

  @Override
  public Service service() {
    return Service.APEX_CENTRAL;
  }

  @Override
  public Optional<ResourceKind> after() {
    return Optional.of(ResourceKind.CAS_TOKEN);
  }

  @Override
  public Declarations declarations() {
    return Declarations.at("/apexCentral/cloudServiceSettings", kind().type(), n -> n.path("account").asString(), "account");
  }

  @Override
  public Optional<OptIn> optIn() {
    return Optional.of(OptIn.TAKEOVER);
  }

  @Override
  public Optional<String> neverDeleted() {
    return Optional.of("no driver unregisters the licensing account from Apex Central (clear Cloud Service Settings in the console by hand)");
  }

  /** The account and password are saved in one call. */
  @Override
  public int applyCalls(Change change) {
    return 1;
  }
}
