package dev.tiac.providers.checks;

import dev.tiac.config.check.Declarations;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.spi.CheckDefinition;
import java.util.Optional;

/** Whether the endpoints in scope read mail with Outlook ({@code apexone.emailClient}), from Endpoint Sensor history. */
public final class EmailClientKind implements CheckDefinition {
  @Override
  public ResourceKind kind() {
    return ResourceKind.EMAIL_CLIENT;
  }

  @Override
  public SetupStep step() {
    return SetupStep.EMAIL_CLIENT;
  }

  @Override
  public Service service() {
    return Service.APEX_CENTRAL;
  }

  @Override
  public Optional<ResourceKind> after() {
    return Optional.of(ResourceKind.APEXONE_POLICY);
  }

  @Override
  public Declarations declarations() {
    return Declarations.at("/apexOne/emailClient", kind().type(), n -> "outlook", "compliantCount");
  }
}
