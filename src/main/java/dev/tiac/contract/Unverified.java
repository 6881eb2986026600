package dev.tiac.contract;

import java.util.List;
import java.util.Optional;

/**
 * What a runbook setting rests on where no API can see it: the attributes no evidence vouched for
 * in this run, and the attestation they stand on (who and on what day). Such a setting is not
 * drift and not verified either: the plan and every report say so, and the readiness counts it
 * as unknown.
 *
 * @param attributes the attributes of the file no API showed, sorted
 * @param attestation who attested them and when; empty when they stand as last applied
 */
public record Unverified(List<String> attributes, Optional<Source.Attestation> attestation) {
  public Unverified {
    attributes = attributes.stream().sorted().toList();
    if (attributes.isEmpty()) {
      throw new IllegalArgumentException("an unverified setting names what is not verifiable");
    }
  }

  /** E.g. "status, targets not verifiable by API since 2026-12-07 (attested by ana)". */
  public String describe() {
    return describe(attributes);
  }

  /** As {@link #describe()}, for some of the attributes only. */
  public String describe(List<String> some) {
    return String.join(", ", some) + " not verifiable by API since " + attestation
        .map(a -> Source.day(a.at()) + " (attested by " + a.who() + ")").orElse("it was last applied (never attested)");
  }
}
