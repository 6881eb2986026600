package dev.tiac.plan.diff;

import dev.tiac.contract.Address;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.Direction;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.Reconciliation;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.KindRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares desired with live, attribute by attribute, and decides the kind of each change. Live
 * objects tiac did not create are never touched; one it created and the file no longer declares
 * is deleted only under the removal rule ({@link Removals}), and kept with its reason otherwise.
 */
public final class Differ {
  private final KindRegistry kinds;
  private final SecurityRules rules;

  /** @param kinds every kind's definition: how each compares, what it guards and cannot delete, its console steps */
  public Differ(KindRegistry kinds) {
    this.kinds = kinds;
    this.rules = new SecurityRules(kinds);
  }

  /** The changes, and what became of each resource the file no longer declares. */
  public record Result(List<Change> changes, List<Removal> removals) {
    public Result {
      changes = List.copyOf(changes);
      removals = List.copyOf(removals);
    }
  }

  public List<Change> diff(DiffInput input) {
    return compare(input).changes();
  }

  public Result compare(DiffInput input) {
    List<Change> changes = new ArrayList<>();
    Set<Address> declared = new HashSet<>();
    for (DesiredResource desired : input.desired()) {
      declared.add(desired.address());
      Change ruled = rules.apply(compare(desired, input), Optional.of(desired), input).guardedBy(kinds.of(desired.address().kind()).optIn());
      changes.add(ConsoleSteps.withSteps(ruled, desired.attributes(), kinds));
    }
    List<Removal> removals = superseded(Removals.decide(input, declared, kinds), changes);
    for (Removal removal : removals) {
      if (removal.decision() == Removal.Decision.DELETE) {
        LiveResource live = input.live().get(removal.address());
        List<AttributeChange> gone = new ArrayList<>();
        live.attributes().forEach((name, value) -> gone.add(AttributeChange.plain(name, Optional.of(value), Optional.empty())));
        Change delete = new Change(removal.address(), ChangeKind.DELETE, gone, Direction.NEUTRAL, Optional.empty(), false, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
        changes.add(rules.apply(delete, Optional.empty(), input).guardedBy(Optional.empty()));
      }
    }
    return new Result(changes, removals);
  }

  /**
   * A resource the file removed that a change of this plan supersedes is not simply kept: its
   * kind's definition says what becomes of it (a synchronization tool moved to another server is
   * deactivated by the new download).
   */
  private List<Removal> superseded(List<Removal> removals, List<Change> changes) {
    List<Removal> out = new ArrayList<>();
    for (Removal removal : removals) {
      Optional<String> why = removal.decision() != Removal.Decision.KEEP ? Optional.empty()
          : kinds.of(removal.address().kind()).superseded(removal.address(), changes.stream().filter(c -> c.address().kind() == removal.address().kind()).toList());
      out.add(why.map(w -> new Removal(removal.address(), Removal.Decision.KEEP, w, removal.grantedBy())).orElse(removal));
    }
    return out;
  }

  private Change compare(DesiredResource desired, DiffInput input) {
    Address address = desired.address();
    // A resource whose read was refused (a missing licence) is reported as found, never planned blind.
    if (address.kind().reconciliation() == Reconciliation.CHECK || input.checks().containsKey(address)) {
      CheckOutcome outcome = input.checks().getOrDefault(address,
          new CheckOutcome(CheckOutcome.Status.UNKNOWN, "no evidence was read for this check", List.of()));
      return change(desired, ChangeKind.CHECK, List.of(), Optional.of(outcome));
    }
    Optional<LiveResource> live = Optional.ofNullable(input.live().get(address));
    List<AttributeChange> attributes = new ArrayList<>();
    for (Map.Entry<String, Value> wanted : desired.attributes().entrySet()) {
      Optional<Value> actual = live.flatMap(l -> Optional.ofNullable(l.attributes().get(wanted.getKey())));
      if (!actual.equals(Optional.of(wanted.getValue()))) {
        attributes.add(AttributeChange.plain(wanted.getKey(), actual, Optional.of(wanted.getValue())));
      }
    }
    Map<String, DiffInput.SecretComparison> secrets = input.secrets().apply(address);
    for (String secret : desired.secrets().keySet()) {
      DiffInput.SecretComparison comparison = secrets.getOrDefault(secret, DiffInput.SecretComparison.NEVER_APPLIED);
      if (comparison != DiffInput.SecretComparison.SAME) {
        attributes.add(AttributeChange.secret(secret, comparison == DiffInput.SecretComparison.CHANGED));
      }
    }
    if (attributes.isEmpty() && live.isPresent()) {
      return change(desired, ChangeKind.NO_CHANGE, List.of(), Optional.empty());
    }
    // What the console cannot change in place is made anew: a replacement, by calls or by hand.
    boolean remakes = live.isPresent() && kinds.of(address.kind()).remakes(attributes);
    ChangeKind kind = live.isEmpty() ? ChangeKind.CREATE : remakes ? ChangeKind.REPLACE : ChangeKind.UPDATE;
    if (input.handling().apply(address.kind()).byRunbookSteps()) {
      kind = ChangeKind.MANUAL;
    }
    return change(desired, kind, attributes, Optional.empty()).remade(remakes);
  }

  private static Change change(DesiredResource desired, ChangeKind kind, List<AttributeChange> attributes, Optional<CheckOutcome> check) {
    return new Change(desired.address(), kind, attributes, Direction.NEUTRAL, Optional.empty(), false, Optional.empty(), List.of(), check, Optional.of(desired.declaredAt()));
  }
}
