package dev.tiac.plan.render;

import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.Direction;
import java.util.Arrays;
import java.util.Locale;

/**
 * The stable words machine formats use for a change, shared by {@code plan --json} and every
 * drift report so a consumer learns them once: actions create, update, delete, replace, manual,
 * check and no-op; directions weakening, strengthening and neutral.
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
