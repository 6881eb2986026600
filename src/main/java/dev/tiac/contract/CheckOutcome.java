package dev.tiac.contract;

import java.util.List;
import java.util.Objects;

/**
 * The result of a check: pass, fail or unknown, what was seen, what to do about a failure, and
 * where the verdict comes from (an API, an attestation with its date, or an inference).
 */
public record CheckOutcome(Status status, String evidence, List<String> remedy, Source source) {
  public CheckOutcome {
    remedy = List.copyOf(remedy);
    Objects.requireNonNull(source, "source");
  }

  /** A verdict drawn from other results, such as the correlation readiness. */
  public CheckOutcome(Status status, String evidence, List<String> remedy) {
    this(status, evidence, remedy, Source.inference("the other checks and settings of this plan"));
  }

  public static CheckOutcome api(Status status, String what, String evidence, List<String> remedy) {
    return new CheckOutcome(status, evidence, remedy, Source.api(what));
  }

  public enum Status {
    PASS,
    FAIL,
    UNKNOWN
  }
}
