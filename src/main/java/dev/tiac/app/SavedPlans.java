package dev.tiac.app;

import dev.tiac.plan.Plan;
import dev.tiac.plan.Planner;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a saved plan still applies: the files it names hold what they held when it was made,
 * byte for byte, and the state and the live objects it saw have not moved since.
 */
final class SavedPlans {
  private SavedPlans() {}

  /** Why the files {@code saved} names no longer hold what it was made from, if they do not. */
  static Optional<String> changedFiles(Plan saved, List<Path> files) {
    Map<String, String> now;
    try {
      now = Planner.hashes(files);
    } catch (UncheckedIOException e) {
      return Optional.of("the saved plan is stale: a desired-state file it names cannot be read (" + e.getMessage() + "); run tiac plan again");
    }
    List<String> changed = saved.inputHashes().keySet().stream().filter(f -> !saved.inputHashes().get(f).equals(now.get(f))).sorted().toList();
    return changed.isEmpty() ? Optional.empty() : Optional.of("the saved plan is stale: the desired-state files changed since it was made ("
        + String.join(", ", changed) + "); run tiac plan again");
  }

  /** Why {@code saved} no longer applies to exactly what it saw (same state, files and live objects) now, if it does not. */
  static Optional<String> moved(Plan saved, Plan now) {
    if (!saved.lineage().equals(now.lineage()) || saved.serial() != now.serial()) {
      return Optional.of("the saved plan is stale: state moved from serial " + saved.serial() + " to " + now.serial()
          + (saved.lineage().equals(now.lineage()) ? "" : " (another lineage)") + " since it was made; run tiac plan again");
    }
    if (!saved.inputHashes().equals(now.inputHashes())) {
      // Checked before the run too; again here, in case a file moved while it was being read.
      return Optional.of("the saved plan is stale: the desired-state files changed while it was being applied; run tiac plan again");
    }
    for (var entry : saved.liveFingerprints().entrySet()) {
      if (!entry.getValue().equals(now.liveFingerprints().get(entry.getKey()))) {
        return Optional.of("the saved plan is stale: " + entry.getKey() + " changed in the live service since it was made; run tiac plan again");
      }
    }
    return Optional.empty();
  }
}
