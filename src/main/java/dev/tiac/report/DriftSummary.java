package dev.tiac.report;

import dev.tiac.contract.Change;
import dev.tiac.plan.Plan;

/**
 * The counts every report leads with. Unverified resources (an unknown check, a setting standing
 * only on its attestation) are counted apart: neither in sync nor drifted.
 */
public record DriftSummary(int resources, int inSync, int drifted, int critical, int refused, int checksFailing, int unverified) {
  public static DriftSummary of(Plan plan) {
    int drifted = 0;
    int critical = 0;
    int unverified = 0;
    for (Change change : plan.changes()) {
      ResourceStatus status = ResourceStatus.of(change);
      drifted += status.drifted() ? 1 : 0;
      critical += status == ResourceStatus.CRITICAL ? 1 : 0;
      unverified += status == ResourceStatus.UNVERIFIED ? 1 : 0;
    }
    int refused = (int) plan.changes().stream().filter(c -> c.isAction() && c.isRefused()).count();
    int resources = plan.changes().size();
    return new DriftSummary(resources, resources - drifted - unverified, drifted, critical, refused, (int) plan.failingChecks(), unverified);
  }

  public boolean hasDrift() {
    return drifted > 0;
  }

  /**
   * E.g. "3 of 10 resources drifted (1 critical); 2 unverified.", "No drift in 10 resources; 4
   * unverified (not shown by any API, and not called passing)." or "All 10 resources are in sync."
   */
  public String headline() {
    String unseen = unverified + " unverified (not shown by any API, and not called passing)";
    if (hasDrift()) {
      return drifted + " of " + resources + " resource" + (resources == 1 ? "" : "s") + " drifted (" + critical + " critical)"
          + (unverified == 0 ? "." : "; " + unseen + ".");
    }
    if (unverified > 0) {
      return "No drift in " + resources + " resource" + (resources == 1 ? "" : "s") + "; " + unseen + ".";
    }
    return "All " + resources + " resource" + (resources == 1 ? " is" : "s are") + " in sync.";
  }
}
