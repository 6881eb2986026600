package dev.tiac.plan.diff;

import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.KindRegistry;
import java.util.List;
import java.util.Map;

/**
 * The console steps a person takes for a setting that has no API, worded by the kind's definition
 * for the exact change planned. The runbook driver prints them, waits for a confirmation or
 * {@code tiac attest}, then verifies the effect through evidence.
 */
final class ConsoleSteps {
  private ConsoleSteps() {}

  /** {@code desired}: the file's attributes, which a replacement sets again even where they did not change. */
  static Change withSteps(Change change, Map<String, Value> desired, KindRegistry kinds) {
    if (change.kind() != ChangeKind.MANUAL && change.kind() != ChangeKind.DELETE) {
      return change;
    }
    List<String> steps = kinds.of(change.address().kind()).consoleSteps(change, desired);
    return steps.isEmpty() ? change : change.withSteps(steps);
  }
}
