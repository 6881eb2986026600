package dev.tiac.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The delivery window searched, as instants: the sweep always gets explicit start and end. */
public record TimeWindow(Instant start, Instant end) {
  public TimeWindow {
    Objects.requireNonNull(start);
    Objects.requireNonNull(end);
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("the window must start before it ends");
    }
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  public boolean contains(Instant t) {
    return !t.isBefore(start) && !t.isAfter(end);
  }
}
