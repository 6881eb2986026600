package dev.tiac.providers.checks;

import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.spi.ConcludedDefinition;
import dev.tiac.contract.spi.KindIdentity;
import java.util.Optional;

/**
 * The correlation readiness ({@code correlation.readiness}): never declared, concluded from all
 * the others when the file declares investigations. Apex Central's Threat Investigations is what
 * correlates.
 */
public final class ReadinessKind implements ConcludedDefinition {
  @Override
  public KindIdentity identity() {
    return new KindIdentity(ResourceKind.READINESS, SetupStep.CORRELATION, Service.APEX_CENTRAL, Optional.empty());
  }
}
