package dev.tiac.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Where a check's verdict comes from: an API answer tiac read in this run, an operator's
 * attestation (who and on what day), or an inference from other facts. A reader weighs a pass by
 * its source: only an API answer was seen by tiac itself.
 */
public sealed interface Source {
  /** Text for people, e.g. "API: Endpoint Sensor ShowAgentList" or "attested by ana on 2026-12-01". */
  String describe();

  /** The key machine formats use: api, attestation or inference. */
  String kind();

  static Source api(String what) {
    return new Api(what);
  }

  static Source inference(String from) {
    return new Inference(from);
  }

  static Source attestation(String who, Instant at) {
    return new Attestation(who, at);
  }

  /** Read from a service's API during this run. */
  record Api(String what) implements Source {
    @Override
    public String describe() {
      return "API: " + what;
    }

    @Override
    public String kind() {
      return "api";
    }
  }

  /** Confirmed by an operator with {@code tiac attest}. */
  record Attestation(String who, Instant at) implements Source {
    @Override
    public String describe() {
      return "attested by " + who + " on " + day(at);
    }

    @Override
    public String kind() {
      return "attestation";
    }
  }

  /** Concluded from other results, not observed directly. */
  record Inference(String from) implements Source {
    @Override
    public String describe() {
      return "inferred from " + from;
    }

    @Override
    public String kind() {
      return "inference";
    }
  }

  /** The UTC day of an instant: people read dates, never sub-second stamps. */
  static String day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
  }
}
