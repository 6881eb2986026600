package dev.tiac.query.render;

import dev.tiac.config.model.Investigation.Activity;
import dev.tiac.query.Chain;
import dev.tiac.query.Durations;
import dev.tiac.query.Event;
import dev.tiac.time.ShownTime;
import java.util.Optional;

/** The five stations of an attack chain as text: mail → user → endpoint → process → destination. */
record Steps(String mail, String user, String endpoint, String process, String destination,
    String mailTime, String processDelay) {
  static Steps of(Chain c) {
    Optional<Event> process = c.events().stream().filter(e -> e.activity() != Activity.commandLineHasMailUrl)
        .findFirst().or(() -> c.events().stream().findFirst());
    Optional<Event> dest = c.events().stream().filter(e -> e.activity() == Activity.commandLineHasMailUrl).findFirst();
    return new Steps(
        c.mail().map(m -> m.subject() + " — " + m.sender()).orElse("—"),
        c.user().map(u -> u.samAccountName() + (u.department().isBlank() ? "" : " (" + u.department() + ")")).orElse("—"),
        c.endpoint().map(e -> e.hostName()).orElse("—"),
        process.map(e -> shorten(e.value())).orElse("—"),
        dest.map(e -> destination(e.value())).orElse("—"),
        c.mail().map(m -> ShownTime.of(m.delivered())).orElse(""),
        process.flatMap(Event::afterDelivery).map(d -> "+" + Durations.format(d)).orElse(""));
  }

  static String shorten(String value) {
    String base = value.replaceAll(".*[\\\\/](?=[^\\\\/\"]+\"?\\s*$)", "");
    String s = base.length() < value.length() && !base.isBlank() ? base : value;
    return s.length() > 48 ? s.substring(0, 45) + "…" : s;
  }

  private static String destination(String commandLine) {
    var m = java.util.regex.Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://([^/\\s\"']+)").matcher(commandLine);
    return m.find() ? m.group(1) : shorten(commandLine);
  }
}
