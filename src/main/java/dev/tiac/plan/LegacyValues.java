package dev.tiac.plan;

import dev.tiac.contract.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads attributes a state saved before values were typed, when every value was text: "false",
 * "2", "[a, b]", "{type=filtered}". Each attribute that existed then is read back in the type it
 * has had since, so an upgrade plans no change; any other text stays text. The table is frozen:
 * an attribute added after the change was never saved as text.
 */
final class LegacyValues {
  private static final Set<String> BOOLEANS = Set.of("enabled", "windowsDesktop", "windowsServer", "endpointSensor", "deploy",
      "registeredElsewhere", "ran");
  private static final Set<String> NUMBERS = Set.of("minimumSeats", "warnDaysBeforeExpiry", "attestationMaxAgeDays", "scheduleHours",
      "priority", "generation");
  private static final Set<String> LISTS = Set.of("apiTypes", "senders", "urls", "fileSha1", "fileSha256", "exceptions");
  private static final Set<String> MAPS = Set.of("targets");

  private LegacyValues() {}

  /** {@code stored} with each old text read in its attribute's type. */
  static Map<String, Value> typed(Map<String, Value> stored) {
    Map<String, Value> out = new HashMap<>(stored);
    stored.forEach((name, value) -> {
      if (value instanceof Value.Text text) {
        out.put(name, as(name, text.value()));
      }
    });
    return out;
  }

  private static Value as(String name, String text) {
    if (BOOLEANS.contains(name) && (text.equals("true") || text.equals("false"))) {
      return Value.bool(Boolean.parseBoolean(text));
    }
    if (NUMBERS.contains(name) && text.matches("-?\\d+")) {
      return Value.number(new BigDecimal(text));
    }
    if ((LISTS.contains(name) || MAPS.contains(name)) && text.startsWith("[") && text.endsWith("]")) {
      return Value.set(parts(text));
    }
    if (MAPS.contains(name) && text.startsWith("{") && text.endsWith("}")) {
      Map<String, Value> fields = new TreeMap<>();
      for (String part : parts(text)) {
        int eq = part.indexOf('=');
        if (eq > 0) {
          String v = part.substring(eq + 1);
          fields.put(part.substring(0, eq), v.startsWith("[") && v.endsWith("]") ? Value.set(parts(v)) : Value.text(v));
        }
      }
      return Value.map(fields);
    }
    return Value.text(text);
  }

  /** The comma-separated parts inside the outer brackets, split only outside nested brackets. */
  private static List<String> parts(String text) {
    String inner = text.substring(1, text.length() - 1);
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      depth += c == '[' || c == '{' ? 1 : c == ']' || c == '}' ? -1 : 0;
      if (depth == 0 && inner.startsWith(", ", i)) {
        parts.add(inner.substring(start, i));
        start = i + 2;
      }
    }
    if (!inner.isEmpty()) {
      parts.add(inner.substring(start));
    }
    return parts;
  }
}
