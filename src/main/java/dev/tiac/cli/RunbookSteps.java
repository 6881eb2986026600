package dev.tiac.cli;

import dev.tiac.apply.ManualSteps;
import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.state.Attestation;
import dev.tiac.state.ResourceState;
import dev.tiac.state.StateSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * The runbook driver at apply time: prints a console change's steps, and on a terminal waits for
 * the operator to type {@code done}, recording who and when. Without a terminal the change stays
 * pending until {@code tiac attest}; the next plan verifies it through evidence.
 */
final class RunbookSteps implements ManualSteps {
  private final PrintWriter err;
  private final Optional<BufferedReader> operator;
  private final StateSession session;
  private final Clock clock;
  private final Function<Address, String> attest;

  /** {@code attest} writes the command that confirms a step later, runnable as printed. */
  RunbookSteps(PrintWriter err, Optional<BufferedReader> operator, StateSession session, Clock clock, Function<Address, String> attest) {
    this.attest = attest;
    this.err = err;
    this.operator = operator;
    this.session = session;
    this.clock = clock;
  }

  @Override
  public synchronized boolean perform(Change change) {
    err.println();
    err.println("Manual step for " + change.address() + ":");
    for (int i = 0; i < change.steps().size(); i++) {
      err.println("  " + (i + 1) + ". " + change.steps().get(i));
    }
    if (operator.isEmpty()) {
      err.println("  Pending: after doing this, run: " + attest.apply(change.address()));
      err.flush();
      return false;
    }
    err.print("  Type 'done' when it is done, or 'skip': ");
    err.flush();
    try {
      String answer = operator.get().readLine();
      if (answer == null || !answer.trim().equalsIgnoreCase("done")) {
        err.println("  Skipped: it stays pending. Once it is done, run: " + attest.apply(change.address()));
        err.flush();
        return false;
      }
    } catch (IOException e) {
      return false;
    }
    Attestation attestation = new Attestation(Operator.name(), clock.instant(), "confirmed at apply");
    String key = change.address().toString();
    ResourceState base = session.resource(key).orElse(ResourceState.of(key, change.address().kind().type(), Optional.empty(), false,
        dev.tiac.state.Attributes.empty(), clock.instant()));
    session.record(base.withAttestation(attestation));
    return true;
  }
}
