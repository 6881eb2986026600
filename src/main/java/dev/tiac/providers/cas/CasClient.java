package dev.tiac.providers.cas;

import dev.tiac.http.CreateGuard;
import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpResult;
import dev.tiac.time.WireTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Typed access to the CAS Automation and Integration APIs. */
public final class CasClient {
  private final CasSettings settings;
  private final HttpClients clients;
  private final CasTransport transport;
  private final CreateGuard guard;

  public CasClient(CasSettings settings, HttpClients clients) {
    this.settings = settings;
    this.clients = clients;
    this.transport = new CasTransport(settings, clients);
    this.guard = clients.createGuard();
  }

  /** Sweeps mail metadata page by page; the stream is lazy, each page is one request. */
  public Stream<CasPage<Mail>> sweepMails(SweepQuery query) {
    HttpUrl.Builder url = transport.url("/v1/sweeping/mails");
    query.filters().forEach(url::addQueryParameter);
    return pages(url.build(), "sweep mails", page -> {
      List<Mail> mails = new ArrayList<>();
      for (JsonNode n : page.path("value")) {
        mails.add(mail(n));
      }
      return mails;
    });
  }

  /** Log Retrieval: one service and one event type at a time, as the API requires. */
  public Stream<CasPage<SecurityEvent>> securityEvents(String service, String event,
      Optional<Instant> start, Optional<Instant> end) {
    HttpUrl.Builder url = transport.url("/v1/siem/security_events")
        .addQueryParameter("service", service).addQueryParameter("event", event);
    start.ifPresent(s -> url.addQueryParameter("start", WireTime.iso(s)));
    end.ifPresent(e -> url.addQueryParameter("end", WireTime.iso(e)));
    return pages(url.build(), "security events", page -> {
      List<SecurityEvent> events = new ArrayList<>();
      for (JsonNode n : page.path("security_events")) {
        Map<String, String> message = new LinkedHashMap<>();
        n.path("message").properties().forEach(e -> message.put(e.getKey(), e.getValue().asString("")));
        events.add(new SecurityEvent(text(n, "event"), text(n, "log_item_id"), text(n, "service"),
            message));
      }
      return events;
    });
  }

  /**
   * Submits mail actions; returns the batch id. Sent once: a lost answer is reported, not
   * resent, because a second MAIL_DELETE batch cannot be told apart from the first.
   */
  public String mitigateMails(List<Map<String, String>> actions) {
    return submitMitigation("/v1/mitigation/mails", actions);
  }

  public String mitigateAccounts(List<Map<String, String>> actions) {
    return submitMitigation("/v1/mitigation/accounts", actions);
  }

  /** Results of a mitigation batch; {@code kind} is "mails" or "accounts". */
  public Stream<CasPage<MitigationResult>> mitigationResults(String kind, String batchId) {
    if (!kind.equals("mails") && !kind.equals("accounts")) {
      throw new IllegalArgumentException("kind must be mails or accounts");
    }
    HttpUrl url = transport.url("/v1/mitigation/" + kind).addQueryParameter("batch_id", batchId)
        .build();
    return pages(url, "mitigation results", page -> {
      List<MitigationResult> out = new ArrayList<>();
      for (JsonNode n : page.path("actions")) {
        out.add(new MitigationResult(text(n, "action_id"), text(n, "batch_id"),
            text(n, "action_type"), text(n, "status"), n.path("error_code").asInt(0),
            text(n, "error_message"), text(n, "mailbox"), text(n, "account_user_email"),
            text(n, "mail_message_id"), text(n, "mail_unique_id")));
      }
      return out;
    });
  }

  public BlockedLists blockedLists() {
    JsonNode rules = transport.call("GET", transport.url("/v1/remediation/mails").build(),
        Optional.empty(), "read blocked lists").path("rules");
    return new BlockedLists(strings(rules.path("senders")), strings(rules.path("urls")),
        strings(rules.path("filehashes")), strings(rules.path("file256hashes")));
  }

  /**
   * Adds entries. If the answer is lost, the lists are read back and the POST is sent again only
   * when some entry is still missing.
   */
  public void addToBlockedLists(BlockedLists entries) {
    guard.create("blocked-list entries", () -> {
      postRules("create", entries);
      return Boolean.TRUE;
    }, () -> containsAll(blockedLists(), entries) ? Optional.of(Boolean.TRUE) : Optional.empty());
  }

  /** Removes entries; deleting an absent entry is harmless, so a lost answer is simply resent. */
  public void removeFromBlockedLists(BlockedLists entries) {
    guard.create("blocked-list removal", () -> {
      postRules("delete", entries);
      return Boolean.TRUE;
    }, () -> noneOf(blockedLists(), entries) ? Optional.of(Boolean.TRUE) : Optional.empty());
  }

  /** Tells a usable token from one for another region, one lacking an API type, or a dead one. */
  public TokenStatus probeToken() {
    return new TokenProbe(settings, clients).probe();
  }

  /** The same tenant through another of its tokens, e.g. one the desired-state file delivers. */
  public CasClient withToken(dev.tiac.http.Secret token) {
    return new CasClient(settings.withToken(token), clients);
  }

  /**
   * Whether the token carries {@code type}: the HTTP status of the cheapest read-only call that
   * needs it (200 yes, 403 no, 401 token unknown). Any other answer says nothing about the token
   * and is thrown, typed, never read as a "no".
   */
  int answers(ApiType type) {
    HttpUrl url = type.probe(transport, clients.clock().instant());
    HttpResult result = transport.raw("GET", url, Optional.empty());
    if (result.status() != 200 && result.status() != 401 && result.status() != 403) {
      transport.require(result, "probe of the " + type.fileName() + " API type");
    }
    return result.status();
  }

  private void postRules(String action, BlockedLists entries) {
    ObjectNode body = CasTransport.JSON.createObjectNode();
    body.put("action_type", action);
    ObjectNode rules = body.putObject("rules");
    putList(rules, "senders", entries.senders());
    putList(rules, "urls", entries.urls());
    putList(rules, "filehashes", entries.fileSha1());
    putList(rules, "file256hashes", entries.fileSha256());
    transport.call("POST", transport.url("/v1/remediation/mails").build(),
        Optional.of(body.toString()), action + " blocked-list entries");
  }

  private String submitMitigation(String path, List<Map<String, String>> actions) {
    ArrayNode body = CasTransport.JSON.createArrayNode();
    actions.forEach(a -> {
      ObjectNode item = body.addObject();
      a.forEach(item::put);
    });
    JsonNode answer = transport.call("POST", transport.url(path).build(),
        Optional.of(body.toString()), "submit mitigation");
    return text(answer, "batch_id");
  }

  private <T> Stream<CasPage<T>> pages(HttpUrl first, String operation,
      java.util.function.Function<JsonNode, List<T>> items) {
    NextLinkPager<T> pager = new NextLinkPager<>(first,
        url -> transport.call("GET", url, Optional.empty(), operation), items);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(pager, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private static void putList(ObjectNode rules, String name, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = rules.putArray(name);
      values.forEach(array::add);
    }
  }

  private static boolean containsAll(BlockedLists have, BlockedLists want) {
    return have.senders().containsAll(want.senders()) && have.urls().containsAll(want.urls())
        && have.fileSha1().containsAll(want.fileSha1())
        && have.fileSha256().containsAll(want.fileSha256());
  }

  private static boolean noneOf(BlockedLists have, BlockedLists gone) {
    return gone.senders().stream().noneMatch(have.senders()::contains)
        && gone.urls().stream().noneMatch(have.urls()::contains)
        && gone.fileSha1().stream().noneMatch(have.fileSha1()::contains)
        && gone.fileSha256().stream().noneMatch(have.fileSha256()::contains);
  }

  private static Mail mail(JsonNode n) {
    List<Mail.Attachment> attachments = new ArrayList<>();
    for (JsonNode a : n.path("mail_attachments")) {
      attachments.add(new Mail.Attachment(text(a, "file_name"), text(a, "file_sha1")));
    }
    return new Mail(text(n, "mailbox"), text(n, "mail_message_id"), text(n, "mail_unique_id"),
        text(n, "mail_message_delivery_time"), text(n, "mail_message_sender"),
        strings(n.path("mail_message_recipient")), text(n, "mail_message_subject"), attachments,
        strings(n.path("mail_urls")), text(n, "source_ip"), text(n, "source_domain"));
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNull() || value.isMissingNode() ? "" : value.asString("");
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.asString(""));
    }
    return out;
  }
}
