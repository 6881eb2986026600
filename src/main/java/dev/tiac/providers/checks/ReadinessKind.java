package dev.tiac.providers.checks;

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
 * The correlation readiness ({@code correlation.readiness}): never declared, concluded from all
 * the others when the file declares investigations. Apex Central's Threat Investigations is what
 * correlates.
 */
public final class ReadinessKind implements CheckDefinition {
  @Override
  public ResourceKind kind() {
    return ResourceKind.READINESS;
  }

  @Override
  public SetupStep step() {
    return SetupStep.CORRELATION;
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
