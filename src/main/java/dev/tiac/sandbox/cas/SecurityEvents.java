package dev.tiac.sandbox.cas;

import dev.tiac.sandbox.console.CasConsole;
import dev.tiac.sandbox.console.CasPolicy;
import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Request;
import dev.tiac.sandbox.http.Response;
import dev.tiac.sandbox.world.Mail;
import dev.tiac.sandbox.world.World;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GET /v1/siem/security_events: detections derived from the mail the enabled Exchange policies
 * scanned (macro attachments for ATP, pricing sheets for DLP); 5-minute default window, 72 h back, limit 500.
 */
final class SecurityEvents {
  static final Duration SPAN = Duration.ofMinutes(5);
  static final Duration REACH = Duration.ofHours(72);
  static final Set<String> SERVICES = Set.of("exchange", "sharepoint", "onedrive", "dropbox", "box", "googledrive",
      "gmail", "teams", "exchangeserver", "salesforce_sandbox", "salesforce_production", "teams_chat");
  static final Set<String> EVENTS = Set.of("securityrisk", "virtualanalyzer", "ransomware", "dlp");
  private final World world;
  private final Supplier<CasConsole> cas;
  private final Clock clock;
  private final Mailboxes mailboxes;

  SecurityEvents(World world, Supplier<CasConsole> cas, Clock clock) {
    this.world = world;
    this.cas = cas;
    this.clock = clock;
    this.mailboxes = new Mailboxes(world);
  }

  Response handle(Request request) {
    String service = request.param("service").orElse("");
    String event = request.param("event").orElse("");
    Window.Result window = Window.resolve(request, clock.instant(), SPAN, REACH);
    var limit = Paging.limit(request, 500, 500);
    var offset = Links.offset(request);
    if (window.window().isEmpty() || limit.isEmpty() || offset.isEmpty()) {
      return CasErrors.badRequest("Invalid parameter");
    }
    Window w = window.window().get();
    List<ObjectNode> events = service.equals("exchange") ? detections(event, w) : List.of();
    int from = Math.min(offset.get(), events.size());
    int to = Math.min(events.size(), from + limit.get());
    ArrayNode page = Json.array();
    events.subList(from, to).forEach(page::add);
    String next = to < events.size() ? Links.next(request, Map.of("start", Times.format(w.start()), "end", Times.format(w.end())), to) : "";
    ObjectNode body = Json.object().put("current_link", Links.current(request)).put("next_link", next)
        .put("last_log_item_generation_time", to > from ? page.get(page.size() - 1).path("message").path("detection_time").asString() : "")
        .put("traceId", UUID.randomUUID().toString());
    body.set("security_events", page);
    return Response.json(200, body);
  }

  private List<ObjectNode> detections(String event, Window w) {
    CasConsole console = cas.get();
    List<ObjectNode> out = new ArrayList<>();
    for (Mail m : world.mails()) {
      long t = m.delivered() + 30;
      if (t < w.start().getEpochSecond() || t >= w.end().getEpochSecond()) {
        continue;
      }
      boolean macro = m.attachments().stream().anyMatch(a -> a.fileName().toLowerCase(java.util.Locale.ROOT).endsWith(".docm"));
      // Each policy detects only in the mailboxes its targets protect.
      if (macro && (event.equals("securityrisk") || event.equals("virtualanalyzer")) && mailboxes.protectedBy(console, CasPolicy.ATP, m)) {
        out.add(event(m, t, "security_risk_scan", CasPolicy.ATP, "Malware Scanning", "Quarantine"));
      } else if (m.subject().contains("pricing") && event.equals("dlp") && mailboxes.protectedBy(console, CasPolicy.DLP, m)) {
        out.add(event(m, t, "dlp", CasPolicy.DLP, "Data Loss Prevention", "Pass"));
      }
    }
    return out;
  }

  private static ObjectNode event(Mail m, long t, String kind, String policy, String filter, String action) {
    String id = UUID.nameUUIDFromBytes((m.uniqueId() + kind).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    String file = m.attachments().isEmpty() ? "" : m.attachments().get(0).fileName();
    ObjectNode msg = Json.object().put("log_item_id", id).put("detection_time", Times.format(t))
        .put("affected_user", m.mailbox()).put("action", action).put("action_result", "success")
        .put("triggered_policy_name", policy).put("triggered_security_filter", filter)
        .put("security_risk_name", file).put("scan_type", "Real-time scan").put("detected_by", "")
        .put("location", "").put("risk_level", kind.equals("dlp") ? "" : "high").put("file_name", file)
        .put("file_upload_time", Times.format(m.delivered())).put("file_sha1", m.attachments().isEmpty() ? "" : m.attachments().get(0).sha1())
        .put("mail_message_id", m.messageId()).put("mail_message_sender", m.sender())
        .put("mail_message_recipient", String.join(",", m.recipients())).put("mail_message_subject", m.subject())
        .put("mail_message_delivery_time", Times.format(m.delivered())).put("mail_message_submit_time", Times.format(m.delivered() - 5))
        .put("mail_message_file_name", file);
    ObjectNode e = Json.object().put("event", kind).put("log_item_id", id).put("service", "Exchange");
    e.set("message", msg);
    return e;
  }
}
