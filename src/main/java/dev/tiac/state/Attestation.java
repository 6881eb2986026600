package dev.tiac.state;

import java.time.Instant;
import java.util.Objects;

/** An operator's confirmation that a runbook step was carried out in a console. */
public record Attestation(String who, Instant at, String note) {
  public Attestation {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(note, "note");
    if (who.isBlank()) {
      throw new IllegalArgumentException("an attestation needs the name of who confirmed it");
    }
  }
}
