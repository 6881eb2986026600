package dev.tiac.sandbox.console;

import java.time.Instant;
import java.util.Optional;

/**
 * Which Apex Central owns the licensing account's cloud services. There is one owner at a time:
 * registering from another Apex Central cuts the previous one off.
 */
public record CloudServiceSettings(Optional<String> owner, Optional<String> account, Optional<Instant> registered) {
  public static final CloudServiceSettings NONE = new CloudServiceSettings(Optional.empty(), Optional.empty(), Optional.empty());
}
