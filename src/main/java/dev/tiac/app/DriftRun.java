package dev.tiac.app;

import dev.tiac.contract.Address;
import dev.tiac.contract.ResourceKind;
import dev.tiac.plan.Plan;
import dev.tiac.plan.Planner;
import dev.tiac.plan.StoredStateView;
import dev.tiac.report.ExpiringCredentials;
import dev.tiac.state.ResourceState;
import dev.tiac.state.State;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tiac drift}: the plan for scheduled jobs. Refreshes and compares with no opt-in, never
 * changes anything. Drift is what is shown to differ: a change to make, a failing check. What no
 * API could show (an unknown check, a runbook setting standing on its attestation) is unverified:
 * never called passing, and drift only for a job that asks for it ({@link Result#cleanAndKnown()}).
 */
public final class DriftRun {
  private final Run run;
  private final PlanRun planning;

  public DriftRun(Run run, Narration narration, int maxApiShare) {
    this.run = run;
    this.planning = new PlanRun(run, narration, maxApiShare);
  }

  /** The plan drift found, with a warning for each credential about to expire. */
  public record Result(Plan plan) {
    /** Nothing shown to differ: nothing to change, no check failing. */
    public boolean clean() {
      return !plan.hasDrift();
    }

    /** Clean, and no check unknown either: for jobs that must not pass while anything is unverified. */
    public boolean cleanAndKnown() {
      return clean() && plan.unknownChecks() == 0;
    }
  }

  public Result drift() {
    State state = run.storedState();
    Planner.Result result = planning.derive(new StoredStateView(state, run.fingerprinter()), Plan.OptIns.NONE);
    return new Result(withExpiryWarnings(result, state));
  }

  /** The plan with a warning for each token that expires within 30 days (or has expired). */
  private Plan withExpiryWarnings(Planner.Result result, State state) {
    List<Address> tokens = result.desired().stream().map(d -> d.address()).filter(a -> a.kind() == ResourceKind.CAS_TOKEN).toList();
    List<String> expiring = ExpiringCredentials.warnings(tokens, result.live(),
        a -> state.resource(a.toString()).map(ResourceState::createdAt), run.clock().instant());
    if (expiring.isEmpty()) {
      return result.plan();
    }
    Plan p = result.plan();
    List<String> warnings = new ArrayList<>(p.warnings());
    warnings.addAll(expiring);
    // Every part of the plan kept: the opt-ins it was made with and the removals it reports too.
    return new Plan(p.setup(), p.lineage(), p.serial(), p.inputHashes(), p.liveFingerprints(), p.changes(), warnings, p.cost(),
        p.optIns(), p.removals());
  }
}
