package dev.tiac.plan.render;

import dev.tiac.time.ShownTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Who made a JSON plan and when: the tiac version and the moment, to the second, that
 * {@code tiacVersion} and {@code timestamp} state. Not part of the plan itself: the same plan
 * written twice differs only here.
 */
public record PlanStamp(String tiacVersion, Instant madeAt) {
  public PlanStamp {
    madeAt = madeAt.truncatedTo(ChronoUnit.SECONDS);
  }

  /** {@code madeAt} as the plan writes it, e.g. {@code 2026-12-07T10:15:57Z}. */
  public String timestamp() {
    return ShownTime.iso(madeAt);
  }
}
