package dev.tiac.config.check;

import dev.tiac.config.diagnostics.Diagnostic;
import dev.tiac.config.load.MergedDocument;
import dev.tiac.config.load.Pointers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Investigation windows must be real instants, in order, and inside the 90 days mail is kept. */
final class WindowCheck implements Check {
  static final Duration MAIL_RETENTION = Duration.ofDays(90);

  private final Clock clock;

  WindowCheck(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void run(MergedDocument document, List<Declared> declared, List<Diagnostic> out) {
    JsonNode investigations = document.tree().at("/investigations");
    for (int i = 0; i < investigations.size(); i++) {
      String pointer = Pointers.child("/investigations", i) + "/window";
      JsonNode window = investigations.get(i).path("window");
      if (!window.has("start") || !window.has("end")) {
        continue;
      }
      Optional<Instant> start = instant(document, pointer + "/start", window.path("start"), out);
      Optional<Instant> end = instant(document, pointer + "/end", window.path("end"), out);
      if (start.isEmpty() || end.isEmpty()) {
        continue;
      }
      if (!start.get().isBefore(end.get())) {
        out.add(Diagnostic.error(document.valueAt(pointer + "/end"), pointer + "/end", "the window ends before it starts"));
      }
      if (Duration.between(start.get(), end.get()).compareTo(MAIL_RETENTION) > 0) {
        out.add(Diagnostic.error(document.valueAt(pointer), pointer, "the window spans more than 90 days; Cloud App Security keeps mail for 90 days"));
      } else if (start.get().isBefore(clock.instant().minus(MAIL_RETENTION))) {
        out.add(Diagnostic.warning(document.valueAt(pointer + "/start"), pointer + "/start", "the window starts more than 90 days ago; mail older than that is no longer kept"));
      }
    }
  }

  private static Optional<Instant> instant(MergedDocument document, String pointer, JsonNode value, List<Diagnostic> out) {
    try {
      return Optional.of(Instant.parse(value.asString()));
    } catch (DateTimeParseException e) {
      out.add(Diagnostic.error(document.valueAt(pointer), pointer, "expected an ISO 8601 UTC instant such as \"2026-11-01T00:00:00Z\" but found \"" + value.asString() + "\""));
      return Optional.empty();
    }
  }
}
