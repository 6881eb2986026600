package dev.tiac.plan;

import dev.tiac.contract.ApiCost;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.Direction;
import dev.tiac.plan.diff.Removal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A plan as data: computed once, rendered as text or JSON, saved, and applied. It carries what
 * apply needs to refuse it when stale: the state's lineage and serial, hashes of the input files
 * and a fingerprint of every live object read; and what apply needs to derive it again: the
 * opt-ins given on the command line. Removals say what became of each resource the file no
 * longer declares.
 */
public record Plan(
    String setup,
    String lineage,
    long serial,
    Map<String, String> inputHashes,
    Map<String, String> liveFingerprints,
    List<Change> changes,
    List<String> warnings,
    List<ApiCost> cost,
    OptIns optIns,
    List<Removal> removals) {
  public Plan {
    inputHashes = Map.copyOf(inputHashes);
    liveFingerprints = Map.copyOf(liveFingerprints);
    changes = changes.stream().sorted(ORDER).toList();
    warnings = List.copyOf(warnings);
    cost = List.copyOf(cost);
    removals = removals.stream().sorted(Comparator.comparing(Removal::address)).toList();
  }

  /** A plan made without command-line opt-ins and with no removals to report. */
  public Plan(String setup, String lineage, long serial, Map<String, String> inputHashes, Map<String, String> liveFingerprints,
      List<Change> changes, List<String> warnings, List<ApiCost> cost) {
    this(setup, lineage, serial, inputHashes, liveFingerprints, changes, warnings, cost, OptIns.NONE, List.of());
  }

  /**
   * The opt-ins a plan was made with on the command line ({@code --allow-delete},
   * {@code --allow-empty}): apply of a saved plan derives it again with exactly these.
   */
  public record OptIns(List<String> allowDelete, boolean allowEmpty) {
    public static final OptIns NONE = new OptIns(List.of(), false);

    public OptIns {
      allowDelete = List.copyOf(allowDelete);
    }
  }

  /** Weakening changes first, then by address so output is stable run to run. */
  static final Comparator<Change> ORDER =
      Comparator.comparing((Change c) -> c.direction() != Direction.WEAKENING || !c.isAction())
          .thenComparing(Change::address);

  public Plan withWarning(String warning) {
    List<String> more = new java.util.ArrayList<>(warnings);
    more.add(warning);
    return new Plan(setup, lineage, serial, inputHashes, liveFingerprints, changes, more, cost, optIns, removals);
  }

  /** Changes apply would refuse, and removals an opt-in asks for that tiac cannot carry out. */
  public long refusals() {
    return changes.stream().filter(c -> c.isAction() && c.isRefused()).count() + removals.stream().filter(Removal::isRefused).count();
  }

  public long count(ChangeKind kind) {
    return changes.stream().filter(c -> c.kind() == kind).count();
  }

  /** Checks shown to fail. */
  public long failingChecks() {
    return checks(CheckOutcome.Status.FAIL);
  }

  /** True when apply has something to do; checks cannot be applied, so they never count here. */
  public boolean hasChanges() {
    return changes.stream().anyMatch(Change::isAction);
  }

  /**
   * True when the live services are shown to differ from the file: a change to make, or a check
   * that fails. What could not be shown (an unknown check, a setting no API sees) is not drift.
   */
  public boolean hasDrift() {
    return hasChanges() || failingChecks() > 0;
  }

  /** True when applying would change nothing and every check passes: a clean bill of health, all of it verified. */
  public boolean isEmpty() {
    return !hasDrift() && unknownChecks() == 0 && unverified() == 0;
  }

  /** Checks whose evidence was missing: neither passed nor failed. */
  public long unknownChecks() {
    return checks(CheckOutcome.Status.UNKNOWN);
  }

  /** Resources with nothing to change whose live side no API showed: they stand on an attestation. */
  public long unverified() {
    return changes.stream().filter(c -> !c.isAction() && c.check().isEmpty() && c.unverified().isPresent()).count();
  }

  private long checks(CheckOutcome.Status status) {
    return changes.stream().filter(c -> c.check().map(o -> o.status() == status).orElse(false)).count();
  }

  public String summary() {
    // An unknown check is not called failing: it is counted apart, so nobody reads it as a fail or a pass.
    long failed = failingChecks();
    return String.format(
        "Plan: %d to add, %d to change, %d to destroy, %d manual, %d check%s failing%s%s.",
        count(ChangeKind.CREATE),
        count(ChangeKind.UPDATE) + count(ChangeKind.REPLACE),
        count(ChangeKind.DELETE) + count(ChangeKind.REPLACE),
        count(ChangeKind.MANUAL),
        failed,
        failed == 1 ? "" : "s",
        unknownChecks() == 0 ? "" : ", " + unknownChecks() + " unknown",
        unverified() == 0 ? "" : ", " + unverified() + " not verifiable by API");
  }
}
