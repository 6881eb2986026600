package dev.tiac.query;

import dev.tiac.config.model.Investigation.Activity;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Endpoint Sensor activity that links an endpoint to a mail: what was seen (a file name or a command
 * line), first and last seen on that endpoint, and how long after the delivery it started.
 */
public record Event(Activity activity, String value, Instant firstSeen, Instant lastSeen,
    Optional<Duration> afterDelivery) {
  public String describe() {
    return switch (activity) {
      case attachmentWrittenOrRun -> "attachment written or run";
      case spawnedFromOutlook -> "attachment opened from Outlook";
      case commandLineHasMailUrl -> "command line holds the mail's URL";
    };
  }
}
