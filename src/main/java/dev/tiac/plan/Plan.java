package dev.tiac.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A plan as data: computed once, rendered as text or JSON, saved, and applied. It carries what
 * apply needs to refuse it when stale: the state's lineage and serial, hashes of the input files
 * and a fingerprint of every live object read.
 */
public record Plan(
    String setup,
    String lineage,
    long serial,
    Map<String, String> inputHashes,
    Map<String, String> liveFingerprints,
    List<Change> changes,
    List<String> warnings,
    List<ApiCost> cost) {
  public static final String FORMAT_VERSION = "1";

  public Plan {
    inputHashes = Map.copyOf(inputHashes);
    liveFingerprints = Map.copyOf(liveFingerprints);
    changes = changes.stream().sorted(ORDER).toList();
    warnings = List.copyOf(warnings);
    cost = List.copyOf(cost);
  }

  /** Weakening changes first, then by address so output is stable run to run. */
  static final Comparator<Change> ORDER =
      Comparator.comparing((Change c) -> c.direction() != Direction.WEAKENING || !c.isAction())
          .thenComparing(Change::address);

  /** API calls the run makes on one service, against that service's limit. */
  public record ApiCost(String service, int calls, String limit) {}

  public long count(ChangeKind kind) {
    return changes.stream().filter(c -> c.kind() == kind).count();
  }

  public long failingChecks() {
    return changes.stream()
        .filter(c -> c.check().map(o -> o.status() != CheckOutcome.Status.PASS).orElse(false))
        .count();
  }

  /** True when apply has something to do; checks cannot be applied, so they never count here. */
  public boolean hasChanges() {
    return changes.stream().anyMatch(Change::isAction);
  }

  /** True when applying would change nothing and no check fails: drift's clean bill of health. */
  public boolean isEmpty() {
    return changes.stream().noneMatch(Change::isAction) && failingChecks() == 0;
  }

  public String summary() {
    return String.format(
        "Plan: %d to add, %d to change, %d to destroy, %d manual, %d check%s failing.",
        count(ChangeKind.CREATE),
        count(ChangeKind.UPDATE) + count(ChangeKind.REPLACE),
        count(ChangeKind.DELETE) + count(ChangeKind.REPLACE),
        count(ChangeKind.MANUAL),
        failingChecks(),
        failingChecks() == 1 ? "" : "s");
  }
}
