package dev.tiac.export;

import java.util.LinkedHashMap;
import java.util.Map;

/** The canonical target text, e.g. {@code {operatingSystems=[WIN_10, WIN_11], type=filtered}}, back to its keys; type first. */
final class Targets {
  private Targets() {}

  static Map<String, String> parse(String canonical) {
    String inner = canonical.startsWith("{") && canonical.endsWith("}") ? canonical.substring(1, canonical.length() - 1) : canonical;
    Map<String, String> parts = new LinkedHashMap<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= inner.length(); i++) {
      char c = i < inner.length() ? inner.charAt(i) : ',';
      depth += c == '[' ? 1 : c == ']' ? -1 : 0;
      if (c == ',' && depth == 0) {
        String part = inner.substring(start, i).trim();
        int eq = part.indexOf('=');
        if (eq > 0) {
          parts.put(part.substring(0, eq), part.substring(eq + 1));
        }
        start = i + 1;
      }
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    ordered.put("type", parts.getOrDefault("type", "all"));
    parts.forEach(ordered::putIfAbsent);
    return ordered;
  }
}
