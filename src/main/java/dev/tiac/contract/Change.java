package dev.tiac.contract;

import dev.tiac.config.diagnostics.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * One planned change: what happens to which resource, attribute by attribute, with what no other
 * tool states — its security direction, its consequence when it cannot be undone, how many
 * endpoints or mailboxes it reaches, and for console-only settings the exact steps to take and
 * what of the live side stands only on an attestation.
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
    Optional<Unverified> unverified) {
  public Change {
    attributes = List.copyOf(attributes);
    steps = List.copyOf(steps);
  }

  /** A change whose live side no API had to vouch for, or that every attribute of was seen. */
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
   * regenerated whenever an existing one changes; a synchronization tool moved to another server
   * is downloaded anew).
   */
  public boolean replaces() {
    if (kind == ChangeKind.REPLACE) {
      return true;
    }
    return kind == ChangeKind.MANUAL && switch (address.kind()) {
      case CAS_TOKEN -> attributes.stream().anyMatch(a -> a.before().isPresent());
      // Moving the synchronization tool is a new download on the new server.
      case AD_SYNC_TOOL -> attributes.stream().anyMatch(a -> a.name().equals("server") && a.before().isPresent());
      default -> false;
    };
  }

  public Change withRules(Direction direction, Optional<String> consequence, boolean optedIn) {
    return new Change(address, kind, attributes, direction, consequence, optedIn, reach, steps, check, declaredAt, unverified);
  }

  public Change withSteps(List<String> steps) {
    return new Change(address, kind, attributes, direction, consequence, optedIn, reach, steps, check, declaredAt, unverified);
  }

  public Change withCheck(CheckOutcome outcome) {
    return new Change(address, kind, attributes, direction, consequence, optedIn, reach, steps, Optional.of(outcome), declaredAt);
  }

  public Change withReach(Reach reach) {
    return new Change(address, kind, attributes, direction, consequence, optedIn, Optional.of(reach), steps, check, declaredAt, unverified);
  }

  public Change withUnverified(Unverified unverified) {
    return new Change(address, kind, attributes, direction, consequence, optedIn, reach, steps, check, declaredAt, Optional.of(unverified));
  }
}
