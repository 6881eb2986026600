package dev.tiac.plan.render;

import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.DesiredResource.OptIn;
import java.util.Arrays;
import java.util.Optional;

/**
 * Words the fix for a refused change: which key of the desired-state file opts in (the one its
 * kind's definition named when the change was planned), and where the resource is declared. A
 * delete is opted into under {@code prune.allow} or {@code --allow-delete}, never on the resource,
 * whose entry is gone.
 */
public final class OptInHint {
  private OptInHint() {}

  /** The file key that permits this change, e.g. {@code allowReissue}. */
  public static String key(Change change) {
    if (change.kind() == ChangeKind.DELETE) {
      return "prune.allow";
    }
    // A plan saved before changes named their opt-in knew only weakening as a guard on the resource.
    return change.optIn().orElse(OptIn.WEAKEN).key();
  }

  /** The opt-in a key of the file or {@code prune.allow} names, for a plan read back from JSON. */
  public static Optional<OptIn> of(String key) {
    return key.equals("prune.allow") ? Optional.of(OptIn.DELETE) : Arrays.stream(OptIn.values()).filter(o -> o.key().equals(key)).findFirst();
  }

  /** E.g. {@code add allowReissue: true to apexcentral.adSyncTool["dc01"] (tiac.yaml:40:5)}. */
  public static String sentence(Change change) {
    if (change.kind() == ChangeKind.DELETE) {
      return "add " + change.address() + " to prune.allow in the file, or pass --allow-delete '" + change.address() + "'";
    }
    String where = change.declaredAt().map(at -> " (" + at + ")").orElse(" in the desired-state file");
    return "add " + key(change) + ": true to " + change.address() + where;
  }

  /** What an opted-in change was allowed by, as far as the change alone tells. */
  public static String granted(Change change) {
    return change.kind() == ChangeKind.DELETE
        ? "removed from the file, and prune.allow or --allow-delete names it"
        : key(change) + ": true";
  }
}
