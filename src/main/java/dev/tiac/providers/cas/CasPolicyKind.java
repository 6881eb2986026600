package dev.tiac.providers.cas;

import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Change;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.spi.KindDefinition;
import java.util.Optional;

/**
 * A Default Exchange policy of Cloud App Security ({@code cas.policy}): ATP or DLP, ON or OFF.
 * Sweeps see mail only while one is ON.
 */
public final class CasPolicyKind implements KindDefinition {
  @Override
  public ResourceKind kind() {
    return ResourceKind.CAS_POLICY;
  }

  @Override
  public SetupStep step() {
    return SetupStep.CAS_POLICIES;
  }

  @Override
  public Service service() {
    return Service.CLOUD_APP_SECURITY;
  }

  @Override
  public Optional<ResourceKind> after() {
    return Optional.of(ResourceKind.CAS_SERVICE_ACCOUNT);
  }

  @Override
  public Declarations declarations() {
    return Declarations.eachOf("/cloudAppSecurity/policies", kind().type(), n -> n.path("name").asString(), "status");
  }

  @Override
  public Optional<OptIn> optIn() {
    return Optional.of(OptIn.WEAKEN);
  }

  @Override
  public Optional<String> neverDeleted() {
    return Optional.of("the Default Exchange policies are built into Cloud App Security and cannot be deleted"
        + " (declare it with status OFF and allowWeakening instead)");
  }

  /** The policy is saved in one call. */
  @Override
  public int applyCalls(Change change) {
    return 1;
  }
}
