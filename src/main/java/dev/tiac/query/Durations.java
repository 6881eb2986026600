package dev.tiac.query;

import java.time.Duration;

/** Human durations for explanations: "2h 5m", "3d 4h", "40s". */
public final class Durations {
  private Durations() {}

  public static String format(Duration d) {
    long s = d.toSeconds();
    if (s < 60) {
      return s + "s";
    }
    long days = s / 86_400;
    long hours = s % 86_400 / 3_600;
    long minutes = s % 3_600 / 60;
    if (days > 0) {
      return days + "d" + (hours > 0 ? " " + hours + "h" : "");
    }
    return hours > 0 ? hours + "h" + (minutes > 0 ? " " + minutes + "m" : "") : minutes + "m";
  }
}
