package dev.tiac.config.model;

import java.util.List;

/** Absent lists bind as empty, never null, so callers can iterate without checks. */
final class Lists {
  private Lists() {}

  static <T> List<T> of(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
