package dev.tiac.plan.readiness;

import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.spi.Conclusions;
import java.util.List;
import java.util.Optional;

/** The plan's own check outcomes (licences, .NET, Outlook), read as requirements. */
final class Checks {
  private final Conclusions.Facts facts;
  private final List<String> notes;

  Checks(Conclusions.Facts facts, List<String> notes) {
    this.facts = facts;
    this.notes = notes;
  }

  Optional<CheckOutcome> of(ResourceKind kind) {
    List<CheckOutcome> outcomes = facts.changes().stream().filter(c -> c.address().kind() == kind)
        .map(Change::check).flatMap(Optional::stream).toList();
    return outcomes.isEmpty() ? Optional.empty() : Optional.of(Settings.all(outcomes));
  }

  Optional<Requirement> licence(String product, Leg leg) {
    Address address = Address.of(ResourceKind.LICENCE, product);
    Optional<CheckOutcome> outcome = facts.changes().stream().filter(c -> c.address().equals(address))
        .map(Change::check).flatMap(Optional::stream).findFirst();
    if (outcome.isEmpty()) {
      notes.add("the " + product + " licence (the file declares no licences entry for it)");
    }
    return outcome.map(o -> new Requirement("licence " + product, leg, o));
  }
}
