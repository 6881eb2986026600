package dev.tiac.state;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The state was written against another setup or tenant than this run's: using it would plan one
 * tenant from another's ownership records. Says what differs and the ways on.
 */
public final class StateBindingMismatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How a user rebinds a state after a change of address; the command line names it. */
  public static final String REBIND_COMMAND = "tiac state rebind FILE…";

  private final transient List<StateBinding.Mismatch> mismatches;

  public StateBindingMismatchException(String location, StateBinding bound, List<StateBinding.Mismatch> mismatches) {
    super(message(location, bound, mismatches));
    this.mismatches = List.copyOf(mismatches);
  }

  public List<StateBinding.Mismatch> mismatches() {
    return mismatches;
  }

  private static String message(String location, StateBinding bound, List<StateBinding.Mismatch> mismatches) {
    boolean setupOnly = mismatches.stream().allMatch(m -> m.what().startsWith("the setup"));
    String differs = mismatches.stream().map(StateBinding.Mismatch::toString).collect(Collectors.joining("; "));
    return "the state at " + location + " belongs to " + (setupOnly ? "another setup" : "another tenant") + ": "
        + differs + " (it is bound to " + bound.describe() + "). Nothing was planned or changed. "
        + "Give this " + (setupOnly ? "setup" : "tenant") + " its own state with --state-dir DIR (or its own --backend-url key); "
        + "if it is the same " + (setupOnly ? "setup renamed" : "tenant at a new address")
        + ", re-bind the state once with `" + REBIND_COMMAND + "` (same options as the run).";
  }
}
