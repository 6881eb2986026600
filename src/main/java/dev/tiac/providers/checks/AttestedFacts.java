package dev.tiac.providers.checks;

import dev.tiac.contract.Address;
import dev.tiac.contract.Source;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.ReadContext;
import dev.tiac.state.Attestation;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Facts no public API shows (a licence's seats and expiry, the .NET version of a server the sync
 * tool never reported from), as an operator last attested them with {@code tiac attest --fact}.
 * An attestation older than its maximum age no longer counts: the facts are unknown again.
 */
sealed interface AttestedFacts {
  /** The default age after which an attestation no longer counts. */
  int DEFAULT_MAX_AGE_DAYS = 90;

  /** Nobody attested this resource. */
  record None() implements AttestedFacts {}

  /** An attestation exists but is older than the maximum age. */
  record Expired(Attestation attestation, int maxAgeDays) implements AttestedFacts {
    String why() {
      return "the attestation by " + attestation.who() + " on " + Source.day(attestation.at()) + " is older than " + maxAgeDays + " days";
    }
  }

  /** A current attestation and the facts it recorded. */
  record Current(Attestation attestation, Map<String, Value> facts) implements AttestedFacts {
    public Current {
      facts = Map.copyOf(facts);
    }

    /** A fact as the operator typed it: text, or a number state kept as one. */
    Optional<String> fact(String name) {
      return Optional.ofNullable(facts.get(name))
          .flatMap(v -> v.asText().or(() -> v.asNumber().map(java.math.BigDecimal::toPlainString))).filter(v -> !v.isBlank());
    }

    Source source() {
      return Source.attestation(attestation.who(), attestation.at());
    }
  }

  /**
   * The command that records a check's facts, in the form the CLI completes with the run's files
   * and state ({@code run: tiac attest --address '…'}); {@code tiac attest} then asks for each fact.
   */
  static String command(Address address) {
    return "tiac attest --address '" + address + "'";
  }

  static AttestedFacts of(ReadContext context, Address address, Map<String, Value> declared, Instant now) {
    Optional<Attestation> attestation = context.attestations().apply(address);
    if (attestation.isEmpty()) {
      return new None();
    }
    int maxAge = maxAgeDays(declared);
    if (attestation.get().at().plus(Duration.ofDays(maxAge)).isBefore(now)) {
      return new Expired(attestation.get(), maxAge);
    }
    return new Current(attestation.get(), context.lastApplied().apply(address).orElse(Map.of()));
  }

  static int maxAgeDays(Map<String, Value> declared) {
    return Optional.ofNullable(declared.get("attestationMaxAgeDays")).flatMap(Value::asNumber).map(java.math.BigDecimal::intValue)
        .orElse(DEFAULT_MAX_AGE_DAYS);
  }
}
