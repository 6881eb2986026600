package dev.tiac.sandbox.world;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** How big a generated world is. */
public record Scale(int users, int endpoints, int mailDays, int mails, int telemetryEvents) {
  /** Small enough that the CLI starts in about a second. */
  public static final Scale DEFAULT = new Scale(200, 150, 30, 3000, 5000);
  /** The benchmark world. */
  public static final Scale BENCHMARK = new Scale(50_000, 10_000, 90, 200_000, 1_000_000);

  public Scale {
    if (users < 4 || endpoints < 4 || mailDays < 1 || mailDays > 90 || mails < 0 || telemetryEvents < 0) {
      throw new IllegalArgumentException("scale needs at least 4 users and 4 endpoints, 1..90 mail days, and non-negative counts");
    }
  }

  /** Parses {@code users=200,endpoints=150,mail-days=30,mails=3000,events=5000}; omitted keys keep the defaults. */
  public static Scale parse(String text) {
    Map<String, Integer> v = new LinkedHashMap<>();
    for (String part : text.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      String[] kv = part.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("expected key=value in scale, got '" + part + "'");
      }
      try {
        v.put(kv[0].trim().toLowerCase(Locale.ROOT), Integer.parseInt(kv[1].trim().replace("_", "")));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number in scale: '" + part + "'", e);
      }
    }
    for (String key : v.keySet()) {
      if (!java.util.Set.of("users", "endpoints", "mail-days", "mails", "events").contains(key)) {
        throw new IllegalArgumentException("unknown scale key '" + key + "' (users, endpoints, mail-days, mails, events)");
      }
    }
    return new Scale(v.getOrDefault("users", DEFAULT.users), v.getOrDefault("endpoints", DEFAULT.endpoints),
        v.getOrDefault("mail-days", DEFAULT.mailDays), v.getOrDefault("mails", DEFAULT.mails),
        v.getOrDefault("events", DEFAULT.telemetryEvents));
  }

  public String text() {
    return "users=" + users + ",endpoints=" + endpoints + ",mail-days=" + mailDays + ",mails=" + mails + ",events=" + telemetryEvents;
  }
}
