package dev.tiac.contract.spi;

import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.Direction;
import dev.tiac.contract.Value;
import java.util.Optional;

/** The security verdicts definitions give a change, and the one rule most console switches share. */
public final class Rules {
  private Rules() {}

  /** More detection or protection; never guarded. */
  public static Change strengthening(Change change) {
    return change.withRules(Direction.STRENGTHENING, Optional.empty(), true);
  }

  /** Neither more nor less protection, and nothing lost; never guarded. */
  public static Change neutral(Change change) {
    return change.withRules(Direction.NEUTRAL, Optional.empty(), true);
  }

  /** Less protection, or something that cannot be taken back: applied only when {@code optedIn}. */
  public static Change guarded(Change change, Direction direction, Optional<String> consequence, boolean optedIn) {
    return change.withRules(direction, consequence, optedIn);
  }

  /**
   * A boolean-like setting: moving away from its protective value weakens. Where nothing shows the
   * current value (a runbook setting never attested, no evidence either way), tiac cannot say the
   * step turns protection off: the default DLP policy a file keeps OFF may well be OFF already.
   */
  public static Change toggled(Change change, String attribute, Value protective, boolean optedIn, Optional<String> consequence) {
    for (AttributeChange a : change.attributes()) {
      if (a.name().equals(attribute)) {
        if (a.after().map(protective::equals).orElse(false)) {
          return strengthening(change);
        }
        return a.before().isPresent() ? guarded(change, Direction.WEAKENING, consequence, optedIn) : neutral(change);
      }
    }
    return neutral(change);
  }
}
