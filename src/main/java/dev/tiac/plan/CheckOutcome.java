package dev.tiac.plan;

import java.util.List;

/** The result of a check: pass, fail or unknown, what was seen, and what to do about a failure. */
public record CheckOutcome(Status status, String evidence, List<String> remedy) {
  public CheckOutcome {
    remedy = List.copyOf(remedy);
  }

  public enum Status {
    PASS,
    FAIL,
    UNKNOWN
  }
}
