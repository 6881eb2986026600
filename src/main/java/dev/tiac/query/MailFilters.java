package dev.tiac.query;

import dev.tiac.query.source.SweptMail;
import dev.tiac.time.WireTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The widest server-side sweep filter a starting point allows, and the rest checked locally on each
 * page: the sweep has no sender-domain filter and takes only full URLs, never a URL domain.
 */
final class MailFilters {
  static final int PAGE = 1000;
  private static final Map<String, String> EMAIL_WIRE = Map.ofEntries(
      Map.entry("sender", "sender"), Map.entry("subject", "subject"),
      Map.entry("attachmentSha1", "file_sha1"), Map.entry("attachmentSha256", "file_sha256"),
      Map.entry("attachmentName", "file_name"), Map.entry("attachmentExtension", "file_extension"),
      Map.entry("url", "url"), Map.entry("messageId", "message_id"), Map.entry("sourceIp", "source_ip"),
      Map.entry("sourceDomain", "source_domain"), Map.entry("mailbox", "mailbox"),
      Map.entry("recipient", "recipient"));
  private static final Map<String, String> INDICATOR_WIRE = Map.of(
      "fileSha1", "file_sha1", "fileName", "file_name", "url", "url", "ip", "source_ip");

  private MailFilters() {}

  /** Filters of the one sweep an email or indicator start makes. */
  static Map<String, String> serverSide(Start start, TimeWindow window) {
    Map<String, String> out = window(window);
    Map<String, String> wire = start.kind() == Start.Kind.EMAIL ? EMAIL_WIRE : INDICATOR_WIRE;
    start.fields().forEach((name, value) -> Optional.ofNullable(wire.get(name)).ifPresent(w -> out.put(w, value)));
    return out;
  }

  /** Filters of a sweep of one user's mailbox. */
  static Map<String, String> mailbox(String address, TimeWindow window) {
    Map<String, String> out = window(window);
    out.put("mailbox", address);
    return out;
  }

  /** The cheapest sweep there is: is there any mail at all in the window? */
  static Map<String, String> probe(TimeWindow window) {
    Map<String, String> out = window(window);
    out.put("limit", "1");
    return out;
  }

  /** True when the sweep itself filters nothing but time, so an empty answer means no mail at all. */
  static boolean onlyWindow(Map<String, String> filters) {
    return filters.keySet().stream().allMatch(k -> k.equals("start") || k.equals("end") || k.equals("limit"));
  }

  static Predicate<SweptMail> local(Start start) {
    Optional<String> senderDomain = start.kind() == Start.Kind.EMAIL ? start.field("senderDomain") : Optional.empty();
    Optional<String> urlDomain = start.kind() == Start.Kind.INDICATOR ? start.field("domain") : Optional.empty();
    return mail -> senderDomain.map(d -> fromDomain(mail, d)).orElse(true)
        && urlDomain.map(d -> linksInto(mail, d)).orElse(true);
  }

  /** Exact domain of the sender: a look-alike (acme-billing.example.net, xacme.example) never matches. */
  private static boolean fromDomain(SweptMail mail, String domain) {
    return mail.sender().toLowerCase(Locale.ROOT).endsWith("@" + domain.toLowerCase(Locale.ROOT));
  }

  private static boolean linksInto(SweptMail mail, String domain) {
    String d = domain.toLowerCase(Locale.ROOT);
    return mail.urlHosts().stream().anyMatch(h -> h.equals(d) || h.endsWith("." + d));
  }

  private static Map<String, String> window(TimeWindow window) {
    Map<String, String> out = new TreeMap<>();
    out.put("start", WireTime.iso(window.start()));
    out.put("end", WireTime.iso(window.end()));
    out.put("limit", String.valueOf(PAGE));
    return out;
  }
}
