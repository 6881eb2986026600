package dev.tiac.config.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A correlation query. The starting point stays a small map of field to value: the investigations
 * engine turns it into sweep filters, so the model does not fix its shape before the engine does.
 */
public record Investigation(
    String name,
    Optional<String> description,
    Optional<String> severity,
    Optional<Window> window,
    Map<String, Map<String, String>> from,
    List<String> follow,
    List<String> activity,
    Optional<String> alertWhen,
    Optional<Respond> respond) {
  public Investigation {
    from = from == null ? Map.of() : Map.copyOf(from);
    follow = Lists.of(follow);
    activity = Lists.of(activity);
  }

  public record Window(Optional<Integer> lastDays, Optional<String> start, Optional<String> end) {}

  public record Respond(
      Optional<Boolean> isolateEndpoint, Optional<Boolean> quarantineMail, Optional<String> addSuspiciousObject) {}
}
