package dev.tiac.providers.apexone;

import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.KindDefinition;
import java.util.Optional;

/**
 * An Apex One Security Agent policy in Apex Central's Policy Management ({@code apexone.policy}):
 * its targets, platforms, Endpoint Sensor, deployment and priority.
 */
public final class ApexOnePolicyKind implements KindDefinition {
  @Override
  public ResourceKind kind() {
    return ResourceKind.APEXONE_POLICY;
  }

  @Override
  public SetupStep step() {
    return SetupStep.APEXONE_POLICIES;
  }

  @Override
  public Service service() {
    return Service.APEX_CENTRAL;
  }

  /** Endpoint Sensor needs its licence, not Active Directory: a failed sync tool run must not hold the policies back. */
  @Override
  public Optional<ResourceKind> after() {
    return Optional.of(ResourceKind.LICENCE);
  }

  @Override
  public Declarations declarations() {
    return Declarations.eachOf("/apexOne/policies", kind().type(), n -> n.path("name").asString(), "id", "agentCount");
  }

  @Override
  public Optional<OptIn> optIn() {
    return Optional.of(OptIn.WEAKEN);
  }

  @Override
  public Optional<String> neverDeleted() {
    return Optional.empty();
  }

  /** The policy, then its deployment unless the file turns deployment off, then its place when it has one. */
  @Override
  public int applyCalls(Change change) {
    if (change.kind() == ChangeKind.DELETE) {
      return 1;
    }
    boolean deploys = change.attributes().stream().noneMatch(a -> a.name().equals("deploy") && a.after().equals(Optional.of(Value.FALSE)));
    boolean placed = change.attributes().stream().anyMatch(a -> a.name().equals("priority") && a.after().isPresent());
    return 1 + (deploys ? 1 : 0) + (deploys && placed ? 1 : 0);
  }
}
