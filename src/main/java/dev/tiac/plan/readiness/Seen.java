package dev.tiac.plan.readiness;

import dev.tiac.config.model.Investigation;
import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Conclusions;
import dev.tiac.contract.spi.Outcomes;
import dev.tiac.contract.spi.ReadinessView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** What the kinds' readiness rules see of one plan: its settings judged, its checks, and one sweep, asked once. */
final class Seen implements ReadinessView {
  private final List<Investigation> investigations;
  private final Conclusions.Facts facts;
  private final Settings settings;
  private final Supplier<CheckOutcome> sweeps;
  private CheckOutcome swept;

  Seen(List<Investigation> investigations, Conclusions.Facts facts, Settings settings, Supplier<CheckOutcome> sweeps) {
    this.investigations = List.copyOf(investigations);
    this.facts = facts;
    this.settings = settings;
    this.sweeps = sweeps;
  }

  @Override
  public List<Investigation> investigations() {
    return investigations;
  }

  @Override
  public List<DesiredResource> declared(ResourceKind kind, Predicate<DesiredResource> which) {
    return settings.declared(kind, which);
  }

  @Override
  public CheckOutcome judge(DesiredResource desired, String reliedOn, Predicate<Map<String, Value>> good, Function<Map<String, Value>, String> describe) {
    return settings.judge(desired, reliedOn, good, describe);
  }

  @Override
  public Optional<Map<String, Value>> live(Address address) {
    return Optional.ofNullable(facts.live().get(address)).map(LiveResource::attributes);
  }

  @Override
  public String basis(Address address) {
    return settings.basis(address);
  }

  @Override
  public List<String> remedy(DesiredResource desired, boolean fileWantsIt) {
    return settings.fix(desired, fileWantsIt);
  }

  @Override
  public Optional<CheckOutcome> check(ResourceKind kind) {
    List<CheckOutcome> outcomes = facts.changes().stream().filter(c -> c.address().kind() == kind).map(Change::check).flatMap(Optional::stream).toList();
    return outcomes.isEmpty() ? Optional.empty() : Optional.of(Outcomes.all(outcomes));
  }

  @Override
  public Optional<CheckOutcome> check(Address address) {
    return facts.changes().stream().filter(c -> c.address().equals(address)).map(Change::check).flatMap(Optional::stream).findFirst();
  }

  @Override
  public CheckOutcome sweeps() {
    if (swept == null) {
      swept = sweeps.get();
    }
    return swept;
  }
}
