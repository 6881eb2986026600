package dev.tiac.providers.cas;

import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.spi.KindDefinition;
import java.util.Optional;

/** The Exchange Online service account Cloud App Security protects mail through ({@code cas.serviceAccount}). */
public final class CasServiceAccountKind implements KindDefinition {
  @Override
  public ResourceKind kind() {
    return ResourceKind.CAS_SERVICE_ACCOUNT;
  }

  @Override
  public SetupStep step() {
    return SetupStep.CAS_SERVICE_ACCOUNT;
  }

  @Override
  public Service service() {
    return Service.CLOUD_APP_SECURITY;
  }

  @Override
  public Optional<ResourceKind> after() {
    return Optional.of(ResourceKind.LICENCE);
  }

  @Override
  public Declarations declarations() {
    return Declarations.at("/cloudAppSecurity/serviceAccount", kind().type(), n -> "exchangeOnline", "id");
  }

  /** Adding an account only adds protection. */
  @Override
  public Optional<OptIn> optIn() {
    return Optional.empty();
  }

  @Override
  public Optional<String> neverDeleted() {
    return Optional.empty();
  }

  /** Added or removed in one call; an administrator's name changes nothing in the console. */
  @Override
  public int applyCalls(Change change) {
    return change.kind() == ChangeKind.CREATE || change.kind() == ChangeKind.DELETE ? 1 : 0;
  }
}
