package dev.tiac.contract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The one text form of a list attribute, {@code [a, b, c]} sorted, that desired and live state
 * share so comparing them is string equality; and its parsing back into entries.
 */
public final class CanonicalList {
  private CanonicalList() {}

  public static String format(Collection<String> entries) {
    List<String> sorted = new ArrayList<>(entries);
    Collections.sort(sorted);
    return "[" + String.join(", ", sorted) + "]";
  }

  /** The entries of {@code [a, b]}; empty for {@code []}, null or anything shorter. */
  public static List<String> entries(String canonical) {
    if (canonical == null || canonical.length() < 2) {
      return List.of();
    }
    String inner = canonical.substring(1, canonical.length() - 1);
    return inner.isBlank() ? List.of() : List.of(inner.split(", "));
  }
}
