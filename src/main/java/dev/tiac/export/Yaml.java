package dev.tiac.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Scalars and lists as YAML text: plain where YAML reads them back as the same string, double-quoted otherwise. */
final class Yaml {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./@+-][A-Za-z0-9 _./@:+-]*");
  private static final Pattern IMPLICIT = Pattern.compile(
      "(?i)(true|false|yes|no|on|off|y|n|null|~)|[-+]?(\\d[\\d_]*(\\.\\d*)?([eE][-+]?\\d+)?|\\.\\d+|0x[0-9a-f]+|0o[0-7]+|\\.inf|\\.nan)|\\d{4}-\\d\\d-\\d\\d.*");

  private Yaml() {}

  static String scalar(String value) {
    if (PLAIN.matcher(value).matches() && !IMPLICIT.matcher(value).matches() && !value.endsWith(" ") && !value.contains(": ")
        && !value.contains(" #")) {
      return value;
    }
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A flow list, e.g. {@code [WIN_10, WIN_11]}. */
  static String list(List<String> values) {
    return "[" + String.join(", ", values.stream().map(Yaml::scalar).toList()) + "]";
  }

  /** The items of a canonical list text such as {@code [a, b]}. */
  static List<String> items(String canonical) {
    String inner = canonical == null || canonical.length() < 2 ? "" : canonical.substring(1, canonical.length() - 1);
    List<String> out = new ArrayList<>();
    for (String item : inner.split(", ")) {
      if (!item.isBlank()) {
        out.add(item);
      }
    }
    return out;
  }
}
