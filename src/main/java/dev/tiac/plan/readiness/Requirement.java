package dev.tiac.plan.readiness;

import dev.tiac.contract.CheckOutcome;

/** One thing correlation needs, which leg of the join it serves, and whether it holds. */
public record Requirement(String name, Leg leg, CheckOutcome outcome) {
  public CheckOutcome.Status status() {
    return outcome.status();
  }

  /**
   * One line: the requirement, its status, what was seen, and what to do when it does not hold. The
   * fixes end the line without a full stop: most end in a command, which a full stop would break.
   */
  String line() {
    String fix = outcome.status() == CheckOutcome.Status.PASS || outcome.remedy().isEmpty() ? ""
        : " Fix: " + String.join("; ", outcome.remedy().stream().map(Requirement::sentence).toList());
    return name + " (" + leg.words() + "): " + outcome.status().name().toLowerCase(java.util.Locale.ROOT) + ", "
        + sentence(outcome.evidence()) + "." + fix;
  }

  /** Remedy lines end with a full stop or not; joined, they should not end with two. */
  private static String sentence(String text) {
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
