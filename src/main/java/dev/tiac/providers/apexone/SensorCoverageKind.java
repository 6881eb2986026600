package dev.tiac.providers.apexone;

import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.spi.ConcludedDefinition;
import dev.tiac.contract.spi.KindIdentity;
import java.util.Optional;

/**
 * Whether Endpoint Sensor runs on every endpoint a declared policy targets ({@code
 * apexone.sensorCoverage}): never declared, concluded for each policy that enables it.
 */
public final class SensorCoverageKind implements ConcludedDefinition {
  @Override
  public KindIdentity identity() {
    return new KindIdentity(ResourceKind.SENSOR_COVERAGE, SetupStep.APEXONE_POLICIES, Service.APEX_CENTRAL, Optional.empty());
  }
}
