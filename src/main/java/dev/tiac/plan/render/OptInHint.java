package dev.tiac.plan.render;

import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;

/**
 * Words the fix for a refused change: which key of the desired-state file opts in, and where the
 * resource is declared. The key follows the format's vocabulary (schemas/tiac-v1.schema.json). A
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
    return switch (change.address().kind()) {
      case AD_SYNC_TOOL -> "allowReissue";
      case CAS_TOKEN -> "allowRotation";
      case CLOUD_SERVICE_SETTINGS -> "allowTakeover";
      case CAS_BLOCKED_LISTS, SUSPICIOUS_OBJECT -> "allowDelete";
      default -> "allowWeakening";
    };
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
