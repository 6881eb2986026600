package dev.tiac.plan.diff;

import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.Direction;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.spi.KindRegistry;
import java.util.Optional;
import java.util.Set;

/**
 * Tags each change with its security direction and, where it cannot be taken back, its
 * consequence in words, and records whether the file opted in, as the kind's definition judges it.
 * Weakening means detection or protection gets less: a policy turned off, Endpoint Sensor
 * disabled, a blocked entry removed. A delete weakens whenever it takes something away.
 */
final class SecurityRules {
  private final KindRegistry kinds;

  SecurityRules(KindRegistry kinds) {
    this.kinds = kinds;
  }

  Change apply(Change change, Optional<DesiredResource> desired, DiffInput input) {
    if (!change.isAction()) {
      return change;
    }
    Optional<LiveResource> live = Optional.ofNullable(input.live().get(change.address()));
    if (change.kind() == ChangeKind.DELETE) {
      // Only the removal rule plans a delete, and only under the opt-in that names the resource.
      Optional<String> consequence = kinds.of(change.address().kind()).deleted(change.address(), live);
      return change.withRules(consequence.isPresent() ? Direction.WEAKENING : Direction.NEUTRAL, consequence, true);
    }
    return kinds.of(change.address().kind()).judge(change, desired.map(DesiredResource::optIns).orElse(Set.of()), live);
  }
}
