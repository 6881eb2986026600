package dev.tiac.contract;

/**
 * What this run can do with one resource kind, decided once per connection by the run's wiring
 * (for a console kind, from the console driver its connection chose) and handed to everything
 * else as capabilities, so that nothing else asks which driver is in use.
 *
 * @param changes how a change to it is made
 * @param liveReadable whether its live values are read from a service; otherwise only evidence
 *     and attestations show them
 */
public record KindHandling(Changes changes, boolean liveReadable) {
  /** Changed by calls, its live values read back: a real API, or a console's management API. */
  public static final KindHandling API_CALLS = new KindHandling(Changes.API_CALLS, true);
  /** Changed by an operator following runbook steps; no API shows its live values. */
  public static final KindHandling RUNBOOK_STEPS = new KindHandling(Changes.RUNBOOK_STEPS, false);
  /** A check: read at every run, never changed. */
  public static final KindHandling CHECK = new KindHandling(Changes.NONE, true);

  /** How a change to a kind is made. */
  public enum Changes {
    API_CALLS,
    /** Printed as console steps, confirmed by the operator or {@code tiac attest}, verified by evidence. */
    RUNBOOK_STEPS,
    NONE
  }

  public boolean byApiCalls() {
    return changes == Changes.API_CALLS;
  }

  public boolean byRunbookSteps() {
    return changes == Changes.RUNBOOK_STEPS;
  }
}
