package dev.tiac.apply;

import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.DesiredResource;
import dev.tiac.plan.Plan;
import dev.tiac.plan.diff.Removal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The last check before a change is made, taken where it is made: the change must be one the plan
 * derived in this run from the files and the live services allows, with the same decision; a
 * delete must also be of an object the state says tiac created, that the file no longer declares
 * and that an opt-in names. Nothing here is read from the plan being applied.
 */
public final class Guard {
  private final Map<Address, Change> derived = new HashMap<>();
  private final Set<Address> deletes = new HashSet<>();
  private final Set<Address> owned;
  private final Set<Address> declared = new HashSet<>();

  private Guard(Plan fresh, Set<Address> owned, List<DesiredResource> desired) {
    fresh.changes().stream().filter(Change::isAction).forEach(c -> derived.put(c.address(), c));
    fresh.removals().stream().filter(r -> r.decision() == Removal.Decision.DELETE).forEach(r -> deletes.add(r.address()));
    this.owned = Set.copyOf(owned);
    desired.forEach(d -> declared.add(d.address()));
  }

  /** A guard over the plan derived in this run, the objects the state says tiac owns, and the file. */
  public static Guard of(Plan fresh, Set<Address> owned, List<DesiredResource> desired) {
    return new Guard(fresh, owned, desired);
  }

  /** Why {@code change} must not be made, or empty when it may. */
  public Optional<String> refusal(Change change) {
    Address address = change.address();
    Change now = derived.get(address);
    if (now == null || !sameDecision(now, change)) {
      return Optional.of("refused: the plan derived now from the files and the live services has no such change to " + address);
    }
    if (now.isRefused()) {
      return Optional.of(optInMissing(now));
    }
    if (change.kind() == ChangeKind.DELETE) {
      if (!owned.contains(address)) {
        return Optional.of("refused: tiac did not create " + address + ", and only objects tiac created are ever deleted");
      }
      if (declared.contains(address) || !deletes.contains(address)) {
        return Optional.of("refused: no removal opt-in names " + address + " (prune.allow or --allow-delete)");
      }
    }
    return Optional.empty();
  }

  /** What a change that weakens security without its opt-in is refused with. */
  static String optInMissing(Change change) {
    String what = change.consequence().orElse("this change weakens security");
    return "refused: " + what + ". Opt in for " + change.address() + " in the file to allow it";
  }

  /**
   * Two changes decide the same thing: same resource, same action, same attributes before and
   * after, same security direction, consequence and opt-in. What is only described (reach, steps,
   * evidence, where it is declared) may be worded anew.
   */
  public static boolean sameDecision(Change a, Change b) {
    return a.address().equals(b.address()) && a.kind() == b.kind() && a.attributes().equals(b.attributes())
        && a.direction() == b.direction() && a.consequence().equals(b.consequence()) && a.optedIn() == b.optedIn();
  }
}
