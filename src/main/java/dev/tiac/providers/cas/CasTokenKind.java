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
import java.util.Set;

/** An Automation and Integration API token of Cloud App Security ({@code cas.token}). */
public final class CasTokenKind implements KindDefinition {
  @Override
  public ResourceKind kind() {
    return ResourceKind.CAS_TOKEN;
  }

  @Override
  public SetupStep step() {
    return SetupStep.CAS_TOKEN;
  }

  @Override
  public Service service() {
    return Service.CLOUD_APP_SECURITY;
  }

  @Override
  public Optional<ResourceKind> after() {
    return Optional.of(ResourceKind.CAS_POLICY);
  }

  @Override
  public Declarations declarations() {
    return Declarations.eachOf("/cloudAppSecurity/tokens", kind().type(), n -> n.path("name").asString(),
        Set.of("value", "expiresAt", "createdAt"), Set.of("value"));
  }

  @Override
  public Optional<OptIn> optIn() {
    return Optional.of(OptIn.ROTATE);
  }

  @Override
  public Optional<String> neverDeleted() {
    return Optional.empty();
  }

  /** A rotation creates the new token, then deletes the old one. */
  @Override
  public int applyCalls(Change change) {
    return change.kind() == ChangeKind.CREATE || change.kind() == ChangeKind.DELETE ? 1 : 2;
  }
}
