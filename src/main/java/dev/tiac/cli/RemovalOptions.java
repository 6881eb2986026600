package dev.tiac.cli;

import dev.tiac.plan.Plan;
import dev.tiac.plan.diff.PruneGrant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The removal opt-ins plan and apply take on the command line, recorded in a saved plan. */
final class RemovalOptions {
  @Option(names = "--allow-delete", paramLabel = "ADDRESS",
      description = "Let apply delete this resource, which the file no longer declares and tiac created, e.g. "
          + "'apexcentral.suspiciousObject[\"domain:old.example\"]'; a key ending in * matches every key it starts. Repeatable; adds to the file's prune.allow.")
  List<String> allowDelete = new ArrayList<>();

  @Option(names = "--allow-empty", description = "Let an address pattern delete resources of a kind the file declares nothing of (an emptied section is otherwise taken for a mistake).")
  boolean allowEmpty;

  /** The opt-ins, each --allow-delete checked before anything is read or called. */
  Plan.OptIns optIns() {
    allowDelete.forEach(PruneGrant::flag);
    return new Plan.OptIns(allowDelete, allowEmpty);
  }

  boolean given() {
    return allowEmpty || !allowDelete.isEmpty();
  }
}
