package dev.tiac.contract;

import dev.tiac.config.diagnostics.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * One planned change: what happens to which resource, attribute by attribute, with what no other
 * tool states — its security direction, its consequence when it cannot be undone, how many
 * endpoints or mailboxes it reaches, for console-only settings the exact steps to take, and for a
 * guarded change the opt-in its kind's definition says permits it.
 */
public record Change(
    Address address,
    ChangeKind kind,
    List<AttributeChange> attributes,
    Direction direction,
    Optional<String> consequence,
    boolean optedIn,
    Optional<Reach> reach,
    List<String> steps,
    Optional<CheckOutcome> check,
    Optional<SourceLocation> declaredAt,
    Optional<DesiredResource.OptIn> optIn) {
  public Change {
    attributes = List.copyOf(attributes);
    steps = List.copyOf(steps);
  }

  /** A change no opt-in has been named for (yet). */
  public Change(Address address, ChangeKind kind, List<AttributeChange> attributes, Direction direction, Optional<String> consequence,
      boolean optedIn, Optional<Reach> reach, List<String> steps, Optional<CheckOutcome> check, Optional<SourceLocation> declaredAt) {
    this(address, kind, attributes, direction, consequence, optedIn, reach, steps, check, declaredAt, Optional.empty());
  }

  /** How many things a change touches, e.g. 412 endpoints. */
  public record Reach(int count, String unit) {}

  /** Destructive, irreversible or weakening: apply refuses it unless the file opts in. */
  public boolean needsOptIn() {
    return consequence.isPresent() || direction == Direction.WEAKENING;
  }

  public boolean isRefused() {
    return needsOptIn() && !optedIn;
  }

  public boolean isAction() {
    return kind != ChangeKind.NO_CHANGE && kind != ChangeKind.CHECK;
  }

  /**
   * Whether the change destroys the live object and makes a new one: a {@link ChangeKind#REPLACE},
   * or a runbook step that does the same by hand (a token, which the console cannot edit, is
   * regenerated whenever an existing one changes).
   */
  public boolean replaces() {
    return kind == ChangeKind.REPLACE || kind == ChangeKind.MANUAL && address.kind() == ResourceKind.CAS_TOKEN
        && attributes.stream().anyMatch(a -> a.before().isPresent());
  }

  public Change withRules(Direction direction, Optional<String> consequence, boolean optedIn) {
    return new Change(address, kind, attributes, direction, consequence, optedIn, reach, steps, check, declaredAt, optIn);
  }

  public Change withSteps(List<String> steps) {
    return new Change(address, kind, attributes, direction, consequence, optedIn, reach, steps, check, declaredAt, optIn);
  }

  public Change withCheck(CheckOutcome outcome) {
    return new Change(address, kind, attributes, direction, consequence, optedIn, reach, steps, Optional.of(outcome), declaredAt);
  }

  public Change withReach(Reach reach) {
    return new Change(address, kind, attributes, direction, consequence, optedIn, Optional.of(reach), steps, check, declaredAt, optIn);
  }

  /** The change with the opt-in that permits it, where it needs one: a delete's is always {@code DELETE}. */
  public Change guardedBy(Optional<DesiredResource.OptIn> permits) {
    Optional<DesiredResource.OptIn> needed = !needsOptIn() ? Optional.empty()
        : kind == ChangeKind.DELETE ? Optional.of(DesiredResource.OptIn.DELETE) : permits;
    return new Change(address, kind, attributes, direction, consequence, optedIn, reach, steps, check, declaredAt, needed);
  }
}
