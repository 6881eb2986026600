package dev.tiac.app;

import dev.tiac.apply.ManualSteps;
import dev.tiac.contract.Change;
import dev.tiac.progress.ProgressDisplay;
import dev.tiac.state.Attestation;
import dev.tiac.state.Attributes;
import dev.tiac.state.ResourceState;
import dev.tiac.state.StateSession;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * The runbook at apply time: each console change goes to the operator, one at a time with the
 * progress display held still, and one confirmed done is recorded in state as attested by whoever
 * confirmed it. One not confirmed stays pending until {@code tiac attest}; the next plan verifies
 * it through evidence either way.
 */
final class ConfirmedSteps implements ManualSteps {
  private final Function<Change, Optional<String>> operator;
  private final ProgressDisplay display;
  private final StateSession session;
  private final Clock clock;

  /** @param operator shows a change's steps and gives who confirmed them done, or empty */
  ConfirmedSteps(Function<Change, Optional<String>> operator, ProgressDisplay display, StateSession session, Clock clock) {
    this.operator = operator;
    this.display = display;
    this.session = session;
    this.clock = clock;
  }

  @Override
  public synchronized boolean perform(Change change) {
    Optional<String> who;
    // The operator reads the steps and answers on the same terminal as the status line.
    display.suspend();
    try {
      who = operator.apply(change);
    } finally {
      display.resume();
    }
    who.ifPresent(name -> {
      String key = change.address().toString();
      ResourceState base = session.resource(key).orElse(ResourceState.of(key, change.address().kind().type(), Optional.empty(), false,
          Attributes.empty(), clock.instant()));
      session.record(base.withAttestation(new Attestation(name, clock.instant(), "confirmed at apply")));
    });
    return who.isPresent();
  }
}
