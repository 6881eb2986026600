package dev.tiac.report;

import dev.tiac.contract.Change;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.spi.KindRegistry;
import dev.tiac.plan.Plan;
import java.util.List;
import java.util.Optional;

/**
 * The setup procedure's steps as reports show them: each step owns the kinds whose definitions
 * name it, so a new kind lands in its step without a report knowing it.
 */
final class Steps {
  private final KindRegistry kinds;

  Steps(KindRegistry kinds) {
    this.kinds = kinds;
  }

  /** Every step, in the procedure's order; the one alongside it last. */
  List<SetupStep> all() {
    return List.of(SetupStep.values());
  }

  SetupStep of(Change change) {
    return kinds.of(change.address().kind()).step();
  }

  List<Change> changes(SetupStep step, Plan plan) {
    return plan.changes().stream().filter(c -> of(c) == step).toList();
  }

  /** The worst status of the step's resources; empty when the file declares none. */
  Optional<ResourceStatus> status(SetupStep step, Plan plan) {
    return changes(step, plan).stream().map(ResourceStatus::of).reduce(ResourceStatus::worst);
  }
}
