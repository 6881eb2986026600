package dev.tiac.contract.spi;

import dev.tiac.contract.CheckOutcome;

/**
 * A read the service refused for a reason that says nothing about the resources themselves, such
 * as a missing licence. Unlike any other failed read it does not stop the plan: the resources of
 * that kind are reported with {@link #outcome()} instead of planned, and the rest plans as usual.
 */
public final class Unreadable extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient CheckOutcome outcome;

  public Unreadable(CheckOutcome outcome) {
    super(outcome.evidence());
    this.outcome = outcome;
  }

  /** What the plan says of each resource of the kind instead of a change. */
  public CheckOutcome outcome() {
    return outcome;
  }
}
