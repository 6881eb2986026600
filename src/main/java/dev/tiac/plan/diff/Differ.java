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
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
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
  private final SecurityRules rules = new SecurityRules();

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
      changes.add(ConsoleSteps.withSteps(rules.apply(compare(desired, input), Optional.of(desired), input), desired.attributes()));
    }
    List<Removal> removals = replaced(Removals.decide(input, declared), changes);
    for (Removal removal : removals) {
      if (removal.decision() == Removal.Decision.DELETE) {
        LiveResource live = input.live().get(removal.address());
        List<AttributeChange> gone = new ArrayList<>();
        live.attributes().forEach((name, value) -> gone.add(AttributeChange.plain(name, Optional.of(value), Optional.empty())));
        Change delete = new Change(removal.address(), ChangeKind.DELETE, gone, Direction.NEUTRAL, Optional.empty(), false, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
        changes.add(rules.apply(delete, Optional.empty(), input));
      }
    }
    return new Result(changes, removals);
  }

  /**
   * A synchronization tool the file moved to another server is not simply kept: the plan's new
   * download deactivates it, which the removal says instead of "it stays".
   */
  private static List<Removal> replaced(List<Removal> removals, List<Change> changes) {
    List<Removal> out = new ArrayList<>();
    for (Removal removal : removals) {
      Optional<Change> successor = removal.address().kind() != ResourceKind.AD_SYNC_TOOL || removal.decision() != Removal.Decision.KEEP
          ? Optional.empty()
          : changes.stream().filter(c -> c.address().kind() == ResourceKind.AD_SYNC_TOOL && c.replaces())
              .filter(c -> c.attributes().stream().anyMatch(a -> a.name().equals("server") && a.before().flatMap(Value::asText).equals(Optional.of(removal.address().key()))))
              .findFirst();
      out.add(successor.map(c -> new Removal(removal.address(), Removal.Decision.KEEP, "replaced by " + c.address()
          + ": downloading that tool deactivates this one" + (c.isRefused() ? " once allowReissue permits it" : "")
          + "; delete its scheduled task on " + removal.address().key() + " by hand", removal.grantedBy())).orElse(removal));
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
    ChangeKind kind = live.isEmpty() ? ChangeKind.CREATE : replaces(address.kind(), attributes) ? ChangeKind.REPLACE : ChangeKind.UPDATE;
    if (input.handling().apply(address.kind()).byRunbookSteps()) {
      kind = ChangeKind.MANUAL;
    }
    return change(desired, kind, attributes, Optional.empty());
  }

  /**
   * The console cannot edit a token: changing one regenerates it. A synchronization tool moves to
   * another server only as a new download, which deactivates the one in place.
   */
  private static boolean replaces(ResourceKind kind, List<AttributeChange> attributes) {
    return kind == ResourceKind.CAS_TOKEN
        || kind == ResourceKind.AD_SYNC_TOOL && attributes.stream().anyMatch(a -> a.name().equals("server") && a.before().isPresent());
  }

  private static Change change(DesiredResource desired, ChangeKind kind, List<AttributeChange> attributes, Optional<CheckOutcome> check) {
    return new Change(desired.address(), kind, attributes, Direction.NEUTRAL, Optional.empty(), false, Optional.empty(), List.of(), check, Optional.of(desired.declaredAt()));
  }
}
