package dev.tiac.providers.console;

import dev.tiac.config.model.Connections.ConsoleDriver;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.spi.ResourceType;
import java.util.Optional;

/** Which driver each console kind uses, and the management-API type behind the api driver. */
public interface ConsoleKinds {
  ConsoleDriver driverFor(ResourceKind kind);

  ResourceType apiType(ResourceKind kind);

  /** The .NET Framework version a console reports for a synchronization server, where one does. */
  default Optional<String> dotNetVersion(String server) {
    return Optional.empty();
  }

  static ConsoleKinds runbookOnly() {
    return new ConsoleKinds() {
      @Override
      public ConsoleDriver driverFor(ResourceKind kind) {
        return ConsoleDriver.runbook;
      }

      @Override
      public ResourceType apiType(ResourceKind kind) {
        throw new IllegalStateException("no management API for " + kind.type());
      }
    };
  }
}
