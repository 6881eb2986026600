package dev.tiac.progress;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

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

  /**
   * A read that takes many calls has made {@code count.done()} of them, e.g. "Endpoint Sensor: 32/50
   * pages". A later count of the same service and unit replaces it; a count that reaches its total is over.
   */
  default void counted(Count count) {}

  /** The stages of a run that report progress. */
  enum Stage {
    /** Reading the live services and running the checks. */
    REFRESH,
    /** Making the planned changes. */
    APPLY,
    /** Running investigations. */
    QUERY,
    /** Waiting for another run to let go of the state's lock. */
    LOCK
  }

  /** One piece of work: a resource type read in a refresh, one change applied, or one investigation run. */
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

  /**
   * How far one multi-call read has come: {@code done} calls of {@code total}, when the total is
   * known (a paged list whose first page gives it), or of an open number (a next-link sweep).
   */
  record Count(String service, String unit, int done, OptionalInt total) {
    /** A read whose total is reached when it is told: {@code done} of {@code done}. */
    public static Count finished(String service, String unit, int done) {
      return new Count(service, unit, done, OptionalInt.of(done));
    }

    public boolean complete() {
      return total.isPresent() && done >= total.getAsInt();
    }

    /** "32/50 pages", or "3 pages" while the total is open. */
    public String shown() {
      if (total.isPresent() && !complete()) {
        return done + "/" + total.getAsInt() + " " + unit;
      }
      // One page, not "1 pages": units are given in the plural.
      return done + " " + (done == 1 && unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit);
    }
  }
}
