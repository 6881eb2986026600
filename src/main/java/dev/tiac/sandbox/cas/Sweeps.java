package dev.tiac.sandbox.cas;

import dev.tiac.sandbox.console.CasConsole;
import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Request;
import dev.tiac.sandbox.http.Response;
import dev.tiac.sandbox.world.Mail;
import dev.tiac.sandbox.world.World;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GET /v1/sweeping/mails: the filters, a 7-day default window inside 90 days of retention, limit 20
 * by default and 1000 at most, newest first, and an absolute next_link with a skiptoken. Nothing is
 * visible unless an Exchange Online service account exists and an Exchange ATP or DLP policy is ON,
 * and then only mail of the mailboxes such a policy protects (its targets).
 */
final class Sweeps {
  static final Duration SPAN = Duration.ofDays(7);
  static final Duration RETENTION = Duration.ofDays(90);
  private final World world;
  private final Supplier<CasConsole> cas;
  private final Clock clock;
  private final Mailboxes mailboxes;

  Sweeps(World world, Supplier<CasConsole> cas, Clock clock) {
    this.world = world;
    this.cas = cas;
    this.clock = clock;
    this.mailboxes = new Mailboxes(world);
  }

  /** The route's rules (CasService) hold by now: only the window and the page remain to resolve. */
  Response handle(Request request) {
    Instant now = clock.instant();
    Optional<Integer> days = request.param("lastndays").flatMap(Paging::integer);
    Window.Result window = days.isPresent()
        ? new Window.Result(Optional.of(new Window(now.minus(Duration.ofDays(days.get())), now)), "")
        : Window.resolve(request, now, SPAN, RETENTION);
    Optional<Integer> limit = Paging.limit(request, 20, 1000);
    Optional<Integer> offset = Links.offset(request);
    MailFilter.Result filter = MailFilter.compile(request);
    if (window.window().isEmpty() || limit.isEmpty() || offset.isEmpty() || filter.predicate().isEmpty()) {
      return CasErrors.badRequest("Invalid parameter");
    }
    Window w = window.window().get();
    CasConsole console = cas.get();
    List<Mail> matched = console.sweepsSeeMail() ? select(w, filter.predicate().get().and(m -> mailboxes.seen(console, m))) : List.of();
    int from = Math.min(offset.get(), matched.size());
    int to = Math.min(matched.size(), from + limit.get());
    ArrayNode value = Json.array();
    matched.subList(from, to).forEach(m -> value.add(render(m)));
    String next = to < matched.size()
        ? Links.next(request, Map.of("start", Times.format(w.start()), "end", Times.format(w.end())), to) : "";
    ObjectNode body = Json.object().put("current_link", Links.current(request)).put("next_link", next)
        .put("traceId", UUID.randomUUID().toString());
    body.set("value", value);
    return Response.json(200, body);
  }

  /** Mails are sorted oldest first; binary search finds the window, the answer lists newest first. */
  private List<Mail> select(Window w, Predicate<Mail> filter) {
    List<Mail> mails = world.mails();
    int lo = firstAtOrAfter(mails, w.start().getEpochSecond());
    int hi = firstAtOrAfter(mails, w.end().getEpochSecond());
    List<Mail> out = new java.util.ArrayList<>();
    for (int i = hi - 1; i >= lo; i--) {
      if (filter.test(mails.get(i))) {
        out.add(mails.get(i));
      }
    }
    out.sort(Comparator.comparingLong(Mail::delivered).reversed());
    return out;
  }

  private static int firstAtOrAfter(List<Mail> mails, long t) {
    int lo = 0;
    int hi = mails.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mails.get(mid).delivered() < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  static ObjectNode render(Mail m) {
    ObjectNode n = Json.object().put("mailbox", m.mailbox()).put("mail_message_id", m.messageId())
        .put("mail_unique_id", m.uniqueId()).put("mail_message_delivery_time", Times.format(m.delivered()))
        .put("mail_message_sender", m.sender());
    ArrayNode to = n.putArray("mail_message_recipient");
    m.recipients().forEach(to::add);
    n.put("mail_message_subject", m.subject());
    ArrayNode attachments = n.putArray("mail_attachments");
    m.attachments().forEach(a -> attachments.add(Json.object().put("file_name", a.fileName()).put("file_sha1", a.sha1())
        .put("file_sha256", a.sha256())));
    ArrayNode urls = n.putArray("mail_urls");
    m.urls().forEach(urls::add);
    ArrayNode headers = n.putArray("mail_internet_headers");
    headers.add(Json.object().put("HeaderName", "Return-Path").put("Value", m.sender()));
    headers.add(Json.object().put("HeaderName", "Message-ID").put("Value", m.messageId()));
    n.put("source_ip", m.sourceIp()).put("source_domain", m.sourceDomain());
    return n;
  }
}
