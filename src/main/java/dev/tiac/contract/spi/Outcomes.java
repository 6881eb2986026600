package dev.tiac.contract.spi;

import dev.tiac.contract.CheckOutcome;
import java.util.ArrayList;
import java.util.List;

/** Outcomes of several things read as one: all must hold, or one is enough. */
public final class Outcomes {
  private Outcomes() {}

  public static CheckOutcome pass(String seen) {
    return new CheckOutcome(CheckOutcome.Status.PASS, seen, List.of());
  }

  /** Every outcome must pass: the worst decides, and says why. */
  public static CheckOutcome all(List<CheckOutcome> outcomes) {
    CheckOutcome.Status worst = outcomes.stream().map(CheckOutcome::status).reduce(CheckOutcome.Status.PASS, Outcomes::worse);
    return join(worst, outcomes.stream().filter(o -> worst == CheckOutcome.Status.PASS || o.status() != CheckOutcome.Status.PASS).toList());
  }

  /** One passing outcome is enough (one Default Exchange policy ON serves correlation). */
  public static CheckOutcome any(List<CheckOutcome> outcomes) {
    List<CheckOutcome> passing = outcomes.stream().filter(o -> o.status() == CheckOutcome.Status.PASS).toList();
    if (!passing.isEmpty()) {
      return join(CheckOutcome.Status.PASS, passing);
    }
    boolean allFail = !outcomes.isEmpty() && outcomes.stream().allMatch(o -> o.status() == CheckOutcome.Status.FAIL);
    return join(allFail ? CheckOutcome.Status.FAIL : CheckOutcome.Status.UNKNOWN, outcomes);
  }

  public static CheckOutcome.Status worse(CheckOutcome.Status a, CheckOutcome.Status b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(CheckOutcome.Status s) {
    return switch (s) {
      case PASS -> 0;
      case UNKNOWN -> 1;
      case FAIL -> 2;
    };
  }

  private static CheckOutcome join(CheckOutcome.Status status, List<CheckOutcome> outcomes) {
    List<String> remedy = new ArrayList<>();
    outcomes.forEach(o -> o.remedy().stream().filter(r -> !remedy.contains(r)).forEach(remedy::add));
    return new CheckOutcome(status, String.join("; ", outcomes.stream().map(CheckOutcome::evidence).toList()),
        status == CheckOutcome.Status.PASS ? List.of() : remedy);
  }
}
