package dev.tiac.sandbox.apexcentral;

import java.util.List;
import java.util.Locale;

/**
 * One historical-investigation criterion: typeId (3 file name, 4 file path, 7 account, 8 command
 * line, 9 to 11 registry key, name and data, 12 host name), IS or CONTAIN, and its values (any of them matches).
 */
record Criterion(int typeId, boolean contain, List<String> values) {
  /** The documented type ids; the world keeps no registry, so 9, 10 and 11 match nothing. */
  static final List<Integer> DOCUMENTED = List.of(3, 4, 7, 8, 9, 10, 11, 12);

  Criterion {
    values = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
  }

  /** Tests the text a column holds; file name criteria look at the last path segment. */
  boolean matches(String text) {
    String s = (typeId == 3 ? fileName(text) : text).toLowerCase(Locale.ROOT);
    for (String v : values) {
      if (contain ? s.contains(v) : s.equals(v)) {
        return true;
      }
    }
    return false;
  }

  String metaValue(String text) {
    return typeId == 3 ? fileName(text) : text;
  }

  static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
