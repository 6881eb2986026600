package dev.tiac.query;

import dev.tiac.time.WireTime;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cloud App Security's sweep as documented: the filters, the window, {@code limit} (at most 1000),
 * absolute {@code next_link} with a skiptoken, times only as {@code yyyy-mm-ddThh:mm:ss[.mmm]Z}
 * (400 otherwise), and 429 after 20 requests a minute when enforced.
 */
final class FakeCas extends Dispatcher {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  final List<String> posted = new CopyOnWriteArrayList<>();
  final AtomicInteger tooMany = new AtomicInteger();
  private final FixtureWorld world;
  private final List<Instant> recent = new CopyOnWriteArrayList<>();
  volatile boolean policiesOn = true;
  volatile int perMinute = Integer.MAX_VALUE;
  volatile int status = 200;

  FakeCas(FixtureWorld world) {
    this.world = world;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    Instant now = Instant.now();
    recent.removeIf(t -> t.isBefore(now.minusSeconds(60)));
    if (recent.size() >= perMinute) {
      tooMany.incrementAndGet();
      return json(429, "{\"code\":429,\"traceId\":\"t\",\"msg\":\"Maximum allowed requests exceeded\"}");
    }
    recent.add(now);
    if (status != 200) {
      return json(status, "{\"code\":" + status + ",\"traceId\":\"t\",\"msg\":\"refused\"}");
    }
    HttpUrl url = request.getUrl();
    for (String time : List.of("start", "end")) {
      String value = url.queryParameter(time);
      if (value != null && !WireTime.documented(value)) {
        // As documented: yyyy-mm-ddThh:mm:ss[.mmm]Z, nothing finer.
        return json(400, "{\"code\":400,\"traceId\":\"t\",\"msg\":\"Invalid time format\"}");
      }
    }
    if (request.getMethod().equals("POST")) {
      posted.add(request.getBody().utf8());
      return json(201, "{\"batch_id\":\"batch-1\",\"code\":0,\"msg\":\"\",\"traceId\":\"t\"}");
    }
    List<FixtureWorld.Mail> matching = policiesOn
        ? world.mails.stream().filter(filter(url)).toList() : List.of();
    int limit = Math.min(1000, Integer.parseInt(orElse(url.queryParameter("limit"), "20")));
    int skip = Integer.parseInt(orElse(url.queryParameter("skiptoken"), "0"));
    ObjectNode page = JSON.createObjectNode();
    page.put("current_link", url.toString());
    int end = Math.min(matching.size(), skip + limit);
    page.put("next_link", end < matching.size()
        ? url.newBuilder().setQueryParameter("skiptoken", String.valueOf(end)).build().toString() : "");
    page.put("traceId", "trace-" + requests.size());
    ArrayNode value = page.putArray("value");
    matching.subList(Math.min(skip, end), end).forEach(m -> value.add(mail(m)));
    return json(200, page.toString());
  }

  private static Predicate<FixtureWorld.Mail> filter(HttpUrl url) {
    Instant start = Instant.parse(url.queryParameter("start"));
    Instant end = Instant.parse(url.queryParameter("end"));
    Predicate<FixtureWorld.Mail> p = m -> !m.delivered().isBefore(start) && !m.delivered().isAfter(end);
    p = and(p, url.queryParameter("subject"), (m, v) -> lower(m.subject()).contains(lower(v)));
    p = and(p, url.queryParameter("file_extension"), (m, v) -> m.attachments().stream().anyMatch(a -> lower(a.name()).endsWith("." + lower(v))));
    p = and(p, url.queryParameter("file_name"), (m, v) -> m.attachments().stream().anyMatch(a -> a.name().equalsIgnoreCase(v)));
    p = and(p, url.queryParameter("file_sha1"), (m, v) -> m.attachments().stream().anyMatch(a -> a.sha1().equalsIgnoreCase(v)));
    p = and(p, url.queryParameter("mailbox"), (m, v) -> m.mailbox().equalsIgnoreCase(v));
    p = and(p, url.queryParameter("recipient"), (m, v) -> m.mailbox().equalsIgnoreCase(v));
    p = and(p, url.queryParameter("sender"), (m, v) -> m.sender().equalsIgnoreCase(v));
    p = and(p, url.queryParameter("url"), (m, v) -> m.urls().contains(v));
    p = and(p, url.queryParameter("source_ip"), (m, v) -> m.sourceIp().equals(v));
    return p;
  }

  private static Predicate<FixtureWorld.Mail> and(Predicate<FixtureWorld.Mail> p, String value,
      java.util.function.BiPredicate<FixtureWorld.Mail, String> test) {
    return value == null ? p : p.and(m -> test.test(m, value));
  }

  private static ObjectNode mail(FixtureWorld.Mail m) {
    ObjectNode n = JSON.createObjectNode();
    n.put("mailbox", m.mailbox());
    n.put("mail_message_id", m.messageId());
    n.put("mail_unique_id", m.uniqueId());
    n.put("mail_message_delivery_time", m.delivered().toString());
    n.put("mail_message_sender", m.sender());
    n.putArray("mail_message_recipient").add(m.mailbox());
    n.put("mail_message_subject", m.subject());
    ArrayNode attachments = n.putArray("mail_attachments");
    m.attachments().forEach(a -> attachments.addObject().put("file_name", a.name()).put("file_sha1", a.sha1()));
    ArrayNode urls = n.putArray("mail_urls");
    m.urls().forEach(urls::add);
    n.putArray("mail_internet_headers").addObject().put("HeaderName", "Return-Path").put("Value", m.sender());
    n.put("source_ip", m.sourceIp());
    n.put("source_domain", m.sender().substring(m.sender().indexOf('@') + 1));
    return n;
  }

  int sweeps() {
    return (int) requests.stream().filter(r -> r.getMethod().equals("GET")).count();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String orElse(String v, String d) {
    return v == null ? d : v;
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }
}
