package dev.tiac.cli;

import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Function;

/**
 * The runbook driver's side of the terminal at apply time: prints a console change's steps, and on
 * a terminal waits for the operator to type {@code done}. Without a terminal, or when skipped, the
 * change stays pending, and the command that confirms it later is printed, runnable as shown.
 */
final class RunbookSteps {
  private final PrintWriter err;
  private final Optional<BufferedReader> operator;
  private final Function<Address, String> attest;

  /** {@code attest} writes the command that confirms a step later, runnable as printed. */
  RunbookSteps(PrintWriter err, Optional<BufferedReader> operator, Function<Address, String> attest) {
    this.attest = attest;
    this.err = err;
    this.operator = operator;
  }

  /** Who confirmed the change's steps done, or empty when they are left pending. */
  Optional<String> perform(Change change) {
    err.println();
    err.println("Manual step for " + change.address() + ":");
    for (int i = 0; i < change.steps().size(); i++) {
      err.println("  " + (i + 1) + ". " + change.steps().get(i));
    }
    if (operator.isEmpty()) {
      err.println("  Pending: after doing this, run: " + attest.apply(change.address()));
      err.flush();
      return Optional.empty();
    }
    err.print("  Type 'done' when it is done, or 'skip': ");
    err.flush();
    try {
      String answer = operator.get().readLine();
      if (answer == null || !answer.trim().equalsIgnoreCase("done")) {
        err.println("  Skipped: it stays pending. Once it is done, run: " + attest.apply(change.address()));
        err.flush();
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(Operator.name());
  }
}
