package dev.tiac.report;

import dev.tiac.contract.Change;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.Direction;
import dev.tiac.plan.Plan;
import java.util.List;

/**
 * A resource's drift, worst last: in sync; unverified when nothing is shown to differ but part of
 * it could not be shown (an unknown check, or a runbook setting no API sees, standing on its
 * attestation); drifted; critical when the live setup is less protected than the file says —
 * apply would restore protection (a strengthening change: ATP back ON, a missing block created,
 * Endpoint Sensor re-enabled) — or a check fails. A weakening change means the live side is the
 * stronger one (someone hardened it outside the file, or the file was loosened): that is drift,
 * shown amber and counted as refused when the file has not opted in, but nothing is exposed.
 * Unverified is never drift and never in sync. The colours of the HTML picture and the SARIF
 * levels follow from it.
 */
public enum ResourceStatus {
  IN_SYNC("in-sync"),
  UNVERIFIED("unverified"),
  DRIFT("drift"),
  CRITICAL("critical");

  private final String word;

  ResourceStatus(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  public static ResourceStatus of(Change change) {
    boolean failing = change.check().map(o -> o.status() == CheckOutcome.Status.FAIL).orElse(false);
    if (failing || (change.isAction() && change.direction() == Direction.STRENGTHENING)) {
      return CRITICAL;
    }
    if (change.isAction()) {
      return DRIFT;
    }
    boolean unknown = change.check().map(o -> o.status() == CheckOutcome.Status.UNKNOWN).orElse(false);
    return unknown || change.unverified().isPresent() ? UNVERIFIED : IN_SYNC;
  }

  /** Drifted or critical: shown to differ from the file. */
  public boolean drifted() {
    return this == DRIFT || this == CRITICAL;
  }

  /** The changes that are not in sync, in address order: the findings of SARIF and Code Quality. */
  static List<Change> findings(Plan plan) {
    return plan.changes().stream().sorted((a, b) -> a.address().compareTo(b.address()))
        .filter(c -> of(c) != IN_SYNC).toList();
  }

  public ResourceStatus worst(ResourceStatus other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
