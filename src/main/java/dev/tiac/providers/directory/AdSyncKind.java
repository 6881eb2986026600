package dev.tiac.providers.directory;

import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Change;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.spi.KindDefinition;
import java.util.Optional;

/**
 * Apex Central's Active Directory synchronization setting ({@code apexcentral.adSync}): without
 * it, investigations cannot name the user behind a mailbox.
 */
public final class AdSyncKind implements KindDefinition {
  @Override
  public ResourceKind kind() {
    return ResourceKind.AD_SYNC;
  }

  @Override
  public SetupStep step() {
    return SetupStep.AD_SYNC;
  }

  @Override
  public Service service() {
    return Service.APEX_CENTRAL;
  }

  @Override
  public Optional<ResourceKind> after() {
    return Optional.of(ResourceKind.CLOUD_SERVICE_SETTINGS);
  }

  @Override
  public Declarations declarations() {
    return Declarations.at("/apexCentral/activeDirectorySync", kind().type(), n -> "settings", "enabled");
  }

  @Override
  public Optional<OptIn> optIn() {
    return Optional.of(OptIn.WEAKEN);
  }

  @Override
  public Optional<String> neverDeleted() {
    return Optional.of("it is a console setting, not an object (declare it with enabled: false instead)");
  }

  /** The setting is saved in one call. */
  @Override
  public int applyCalls(Change change) {
    return 1;
  }
}
