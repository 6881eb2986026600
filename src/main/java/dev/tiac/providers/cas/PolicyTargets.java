package dev.tiac.providers.cas;

import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Changes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mailboxes a Default Exchange policy protects (its Target in the console): every mailbox, or
 * the selected mailboxes and the members of the selected groups. Cloud App Security sweeps and
 * detects only mail of the mailboxes an enabled policy protects: mail elsewhere is invisible.
 */
record PolicyTargets(boolean all, Set<String> mailboxes, Set<String> groups) {
  /** What the file means when a policy names no targets, and what the console's Default policies start with: All users. */
  static final Value ALL = Value.map(Map.of("type", Value.text("all")));

  PolicyTargets {
    mailboxes = Set.copyOf(mailboxes);
    groups = Set.copyOf(groups);
  }

  /** The targets an attribute value holds: {@code {type: all}} or {@code {type: selected, mailboxes: […], groups: […]}}. */
  static PolicyTargets of(Value value) {
    Map<String, Value> fields = value.fields();
    boolean all = fields.getOrDefault("type", Value.text("all")).equals(Value.text("all"));
    return new PolicyTargets(all, lower(fields.getOrDefault("mailboxes", Value.list(List.of())).texts()),
        Set.copyOf(fields.getOrDefault("groups", Value.list(List.of())).texts()));
  }

  /** Whether mail of the mailbox is protected as far as the addresses alone tell (a group's members are not known here). */
  boolean lists(String mailbox) {
    return all || mailboxes.contains(mailbox.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code other} protects only mailboxes these protect too. */
  boolean covers(PolicyTargets other) {
    return all || !other.all && mailboxes.containsAll(other.mailboxes) && groups.containsAll(other.groups);
  }

  /** The targets in the console's words: "All users", or the selected mailboxes and groups. */
  String words() {
    if (all) {
      return "All users";
    }
    String listed = String.join(", ", new TreeSet<>(mailboxes));
    String named = String.join(", ", new TreeSet<>(groups));
    return "Selected users/groups: " + (listed.isEmpty() ? "" : "mailboxes " + listed) + (listed.isEmpty() || named.isEmpty() ? "" : "; ")
        + (named.isEmpty() ? "" : "groups " + named);
  }

  /**
   * Whether a change protects fewer mailboxes than before (a weakening), more (a strengthening),
   * or the targets were not known before (neither can be said).
   */
  static Optional<Boolean> narrows(Change change) {
    Optional<AttributeChange> targets = Changes.attribute(change, "targets");
    if (targets.isEmpty() || targets.get().before().isEmpty() || targets.get().after().isEmpty()) {
      return Optional.empty();
    }
    PolicyTargets before = of(targets.get().before().get());
    PolicyTargets after = of(targets.get().after().get());
    return Optional.of(!after.covers(before));
  }

  private static Set<String> lower(List<String> addresses) {
    Set<String> out = new TreeSet<>();
    addresses.forEach(a -> out.add(a.toLowerCase(Locale.ROOT)));
    return out;
  }
}
