package dev.tiac.plan.render;

import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.Direction;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The stable words machine formats use for a change, shared by {@code plan --json} and every
 * drift report so a consumer learns them once: actions create, update, delete, replace, manual,
 * check and no-op (and, as Terraform lists them, create, update, delete, read and no-op);
 * directions weakening, strengthening and neutral.
 */
public final class ChangeVocabulary {
  private ChangeVocabulary() {}

  public static String action(ChangeKind kind) {
    return switch (kind) {
      case NO_CHANGE -> "no-op";
      case CREATE -> "create";
      case UPDATE -> "update";
      case DELETE -> "delete";
      case REPLACE -> "replace";
      case MANUAL -> "manual";
      case CHECK -> "check";
    };
  }

  /**
   * What happens to the resource in Terraform's words: create, update, delete, both for a
   * replacement, read for a check, no-op. A console step (manual) is named for what it does: a
   * create when no live value is known, a replacement when it regenerates the object.
   */
  public static List<String> actions(Change change) {
    return switch (change.kind()) {
      case NO_CHANGE -> List.of("no-op");
      case CREATE -> List.of("create");
      case UPDATE -> List.of("update");
      case DELETE -> List.of("delete");
      case REPLACE -> List.of("delete", "create");
      case CHECK -> List.of("read");
      case MANUAL -> change.replaces() ? List.of("delete", "create")
          : change.attributes().stream().allMatch(a -> a.before().isEmpty()) ? List.of("create") : List.of("update");
    };
  }

  public static ChangeKind kind(String action) {
    return Arrays.stream(ChangeKind.values())
        .filter(k -> action(k).equals(action))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown action \"" + action + "\""));
  }

  public static String direction(Direction direction) {
    return direction.name().toLowerCase(Locale.ROOT);
  }

  public static Direction direction(String word) {
    return Direction.valueOf(word.toUpperCase(Locale.ROOT));
  }
}
