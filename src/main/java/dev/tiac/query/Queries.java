package dev.tiac.query;

import dev.tiac.config.model.DesiredState;
import dev.tiac.config.model.Investigation;
import dev.tiac.config.model.Investigation.Activity;
import dev.tiac.config.model.Investigation.AlertWhen;
import dev.tiac.config.model.Investigation.Link;
import dev.tiac.config.model.Investigation.Severity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the file's investigations into queries, settling every default in one place. */
public final class Queries {
  /** The sweep's own default when neither start nor end is given. */
  static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

  private Queries() {}

  /** The named investigations in file order, or all of them; an unknown name is an error. */
  public static List<Query> select(DesiredState state, List<String> names, Clock clock) {
    List<String> known = state.investigations().stream().map(Investigation::name).toList();
    List<String> unknown = names.stream().filter(n -> !known.contains(n)).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("no investigation named " + String.join(", ", unknown)
          + " in the file; it declares: " + String.join(", ", known));
    }
    return state.investigations().stream().filter(i -> names.isEmpty() || names.contains(i.name()))
        .map(i -> of(i, clock)).toList();
  }

  public static Query of(Investigation i, Clock clock) {
    return new Query(i.name(), i.description().orElse(""), i.severity().orElse(Severity.medium),
        window(i, clock.instant()), start(i.from()), depth(i.follow()),
        i.activity().isEmpty() ? EnumSet.allOf(Activity.class) : EnumSet.copyOf(i.activity()),
        i.alertWhen().orElse(AlertWhen.chainComplete),
        i.activityWithinHours().map(Duration::ofHours), i.respond());
  }

  static TimeWindow window(Investigation i, Instant now) {
    Optional<Investigation.Window> w = i.window();
    if (w.isPresent() && w.get().start().isPresent() && w.get().end().isPresent()) {
      return new TimeWindow(Instant.parse(w.get().start().get()), Instant.parse(w.get().end().get()));
    }
    Duration length = w.flatMap(Investigation.Window::lastDays).map(Duration::ofDays).orElse(DEFAULT_WINDOW);
    return new TimeWindow(now.minus(length), now);
  }

  static Query.Depth depth(List<Link> follow) {
    if (follow.isEmpty()) {
      return Query.Depth.ENDPOINT_ACTIVITY;
    }
    if (!follow.contains(Link.directoryUser)) {
      return Query.Depth.MAIL;
    }
    return follow.contains(Link.endpoints) || follow.contains(Link.endpointActivity)
        ? Query.Depth.ENDPOINT_ACTIVITY : Query.Depth.USER;
  }

  static Start start(Investigation.From from) {
    if (from.email().isPresent()) {
      Investigation.Email e = from.email().get();
      Map<String, String> f = new LinkedHashMap<>();
      put(f, "sender", e.sender());
      put(f, "senderDomain", e.senderDomain());
      put(f, "subject", e.subject());
      put(f, "attachmentSha1", e.attachmentSha1());
      put(f, "attachmentSha256", e.attachmentSha256());
      put(f, "attachmentName", e.attachmentName());
      put(f, "attachmentExtension", e.attachmentExtension());
      put(f, "url", e.url());
      put(f, "messageId", e.messageId());
      put(f, "sourceIp", e.sourceIp());
      put(f, "sourceDomain", e.sourceDomain());
      put(f, "mailbox", e.mailbox());
      put(f, "recipient", e.recipient());
      return new Start(Start.Kind.EMAIL, f);
    }
    Map<String, String> f = new LinkedHashMap<>();
    if (from.user().isPresent()) {
      put(f, "samAccountName", from.user().get().samAccountName());
      put(f, "mail", from.user().get().mail());
      put(f, "userPrincipalName", from.user().get().userPrincipalName());
      return new Start(Start.Kind.USER, f);
    }
    if (from.endpoint().isPresent()) {
      put(f, "hostName", from.endpoint().get().hostName());
      put(f, "ip", from.endpoint().get().ip());
      return new Start(Start.Kind.ENDPOINT, f);
    }
    Investigation.Indicator n = from.indicator().orElseThrow(
        () -> new IllegalArgumentException("an investigation needs a starting point"));
    put(f, "fileSha1", n.fileSha1());
    put(f, "fileName", n.fileName());
    put(f, "domain", n.domain());
    put(f, "url", n.url());
    put(f, "ip", n.ip());
    return new Start(Start.Kind.INDICATOR, f);
  }

  private static void put(Map<String, String> fields, String name, Optional<String> value) {
    value.filter(v -> !v.isBlank()).ifPresent(v -> fields.put(name, v));
  }

  /** Names in order without repeats, for messages. */
  static List<String> distinct(List<String> values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> {
      if (!out.contains(v)) {
        out.add(v);
      }
    });
    return out;
  }
}
