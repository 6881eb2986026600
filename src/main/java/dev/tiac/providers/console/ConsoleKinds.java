package dev.tiac.providers.console;

import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.spi.ResourceType;
import java.util.Optional;

/**
 * What the consoles offer a run beyond their public APIs: a management API where one exists (the
 * sandbox serves one; a real tenant has none), the resource types that drive the console kinds
 * through it, and the facts a console reports.
 */
public interface ConsoleKinds {
  /** Whether a management API answers for the consoles. */
  boolean managed();

  /** The type that reads and changes {@code kind} through the management API; empty where none does. */
  Optional<ResourceType> apiType(ResourceKind kind);

  /** The .NET Framework version a console reports for a synchronization server, where one does. */
  default Optional<String> dotNetVersion(String server) {
    return Optional.empty();
  }
}
