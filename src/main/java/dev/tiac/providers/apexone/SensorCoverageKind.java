package dev.tiac.providers.apexone;

import dev.tiac.config.check.Declarations;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.spi.CheckDefinition;
import dev.tiac.contract.spi.Desired;
import dev.tiac.contract.spi.Exported;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Whether Endpoint Sensor runs on every endpoint a declared policy targets ({@code
 * apexone.sensorCoverage}): never declared, concluded for each policy that enables it.
 */
public final class SensorCoverageKind implements CheckDefinition {
  @Override
  public ResourceKind kind() {
    return ResourceKind.SENSOR_COVERAGE;
  }

  @Override
  public SetupStep step() {
    return SetupStep.APEXONE_POLICIES;
  }

  @Override
  public Service service() {
    return Service.APEX_CENTRAL;
  }

  @Override
  public Optional<ResourceKind> after() {
    return Optional.empty();
  }

  /** Never declared. */
  @Override
  public List<Exported> export(List<LiveResource> live, boolean byHand) {
    return List.of();
  }

  @Override
  public Declarations declarations() {
    return Declarations.NONE;
  }

  /** Never declared, so never read. */
  @Override
  public void read(JsonNode declaration, Desired into) {}
}
