package dev.tiac.progress;

import java.time.Duration;
import java.util.List;

/**
 * Listens to long work as it happens. Called from worker threads, so implementations are
 * thread-safe; every method has a do-nothing default so that a caller reports only what it knows.
 */
public interface Progress {
  /** Reports nothing: tests, and commands whose output is JSON only. */
  Progress NONE = new Progress() {};

  /** The work of one stage, known before it starts: the display counts against it. */
  default void planned(Stage stage, List<Work> work) {}

  default void started(Work work) {}

  /** One piece of work ended, with the word that says how ({@code created}, {@code read}, {@code failed}). */
  default void finished(Work work, String outcome, Duration took) {}

  /**
   * Nothing moves for {@code remaining}; {@code reason} is the sentence that says who waits and why
   * (a rate limit, a Retry-After, a held lock), e.g. "Cloud App Security: waiting 38 s for the rate limit".
   */
  default void waiting(String reason, Duration remaining) {}

  /** The stages of a run that report progress. */
  enum Stage {
    /** Reading the live services and running the checks. */
    REFRESH,
    /** Making the planned changes. */
    APPLY
  }

  /** One piece of work: a resource type read in a refresh, or one change applied. */
  record Work(Stage stage, String type, String name) {
    /** The service a type belongs to, as its console names it. */
    public String service() {
      String prefix = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
      return switch (prefix) {
        case "clp" -> "Licensing Portal";
        case "cas" -> "Cloud App Security";
        case "apexcentral" -> "Apex Central";
        case "apexone" -> "Apex One";
        case "ad" -> "Active Directory";
        case "correlation" -> "Correlation";
        default -> prefix;
      };
    }
  }
}
