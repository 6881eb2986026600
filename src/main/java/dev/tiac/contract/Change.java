package dev.tiac.contract;

import dev.tiac.config.diagnostics.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * One planned change: what happens to which resource, attribute by attribute, with what no other
 * tool states — its security direction, its consequence when it cannot be undone, how many
 * endpoints or mailboxes it reaches, for console-only settings the exact steps to take and what of
 * the live side stands only on an attestation, and for a guarded change the opt-in its kind's
 * definition says permits it.
 *
 * @param remade whether a console step done by hand makes the object anew (a token, which the
 *     console cannot edit; a synchronization tool moved to another server), as the kind's
 *     definition says; a {@link ChangeKind#REPLACE} always does
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
    Optional<Unverified> unverified,
    Optional<DesiredResource.OptIn> optIn,
    boolean remade) {
  public Change {
    attributes = List.copyOf(attributes);
    steps = List.copyOf(steps);
  }

  /** A change whose live side no API had to vouch for, with no opt-in named (yet), remade only if it replaces. */
  public Change(Address address, ChangeKind kind, List<AttributeChange> attributes, Direction direction, Optional<String> consequence,
      boolean optedIn, Optional<Reach> reach, List<String> steps, Optional<CheckOutcome> check, Optional<SourceLocation> declaredAt) {
    this(address, kind, attributes, direction, consequence, optedIn, reach, steps, check, declaredAt, Optional.empty());
  }

  /** As planned before the opt-in is named. */
  public Change(Address address, ChangeKind kind, List<AttributeChange> attributes, Direction direction, Optional<String> consequence,
      boolean optedIn, Optional<Reach> reach, List<String> steps, Optional<CheckOutcome> check, Optional<SourceLocation> declaredAt,
      Optional<Unverified> unverified) {
    this(address, kind, attributes, direction, consequence, optedIn, reach, steps, check, declaredAt, unverified, Optional.empty(),
        kind == ChangeKind.REPLACE);
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
   * or a runbook step that does the same by hand.
   */
  public boolean replaces() {
    return kind == ChangeKind.REPLACE || kind == ChangeKind.MANUAL && remade;
  }

  public Change withRules(Direction direction, Optional<String> consequence, boolean optedIn) {
    return new Change(address, kind, attributes, direction, consequence, optedIn, reach, steps, check, declaredAt, unverified, optIn, remade);
  }

  public Change withSteps(List<String> steps) {
    return new Change(address, kind, attributes, direction, consequence, optedIn, reach, steps, check, declaredAt, unverified, optIn, remade);
  }

  public Change withCheck(CheckOutcome outcome) {
    return new Change(address, kind, attributes, direction, consequence, optedIn, reach, steps, Optional.of(outcome), declaredAt, unverified, optIn, remade);
  }

  public Change withReach(Reach reach) {
    return new Change(address, kind, attributes, direction, consequence, optedIn, Optional.of(reach), steps, check, declaredAt, unverified, optIn, remade);
  }

  public Change withUnverified(Unverified unverified) {
    return new Change(address, kind, attributes, direction, consequence, optedIn, reach, steps, check, declaredAt, Optional.of(unverified), optIn, remade);
  }

  /** The change with the opt-in that permits it, where it needs one: a delete's is always {@code DELETE}. */
  public Change guardedBy(Optional<DesiredResource.OptIn> permits) {
    Optional<DesiredResource.OptIn> needed = !needsOptIn() ? Optional.empty()
        : kind == ChangeKind.DELETE ? Optional.of(DesiredResource.OptIn.DELETE) : permits;
    return new Change(address, kind, attributes, direction, consequence, optedIn, reach, steps, check, declaredAt, unverified, needed, remade);
  }

  /** The change as one that makes its object anew (or not), as its kind's definition says. */
  public Change remade(boolean remakes) {
    return new Change(address, kind, attributes, direction, consequence, optedIn, reach, steps, check, declaredAt, unverified, optIn,
        remakes || kind == ChangeKind.REPLACE);
  }
}
