package dev.tiac.report;

import dev.tiac.contract.Change;
import dev.tiac.plan.Plan;

/** The counts every report leads with. */
public record DriftSummary(int resources, int inSync, int drifted, int critical, int refused, int checksFailing) {
  public static DriftSummary of(Plan plan) {
    int drifted = 0;
    int critical = 0;
    for (Change change : plan.changes()) {
      ResourceStatus status = ResourceStatus.of(change);
      drifted += status == ResourceStatus.IN_SYNC ? 0 : 1;
      critical += status == ResourceStatus.CRITICAL ? 1 : 0;
    }
    int refused = (int) plan.changes().stream().filter(c -> c.isAction() && c.isRefused()).count();
    int resources = plan.changes().size();
    return new DriftSummary(resources, resources - drifted, drifted, critical, refused, (int) plan.failingChecks());
  }

  public boolean hasDrift() {
    return drifted > 0;
  }

  /** E.g. "3 of 10 resources drifted (1 critical)." or "All 10 resources are in sync." */
  public String headline() {
    if (!hasDrift()) {
      return "All " + resources + " resource" + (resources == 1 ? " is" : "s are") + " in sync.";
    }
    return drifted + " of " + resources + " resource" + (resources == 1 ? "" : "s") + " drifted (" + critical + " critical).";
  }
}
