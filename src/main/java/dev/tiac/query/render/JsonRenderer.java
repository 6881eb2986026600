package dev.tiac.query.render;

import dev.tiac.query.Chain;
import dev.tiac.query.Event;
import dev.tiac.query.Finding;
import dev.tiac.query.QueryResult;
import dev.tiac.query.source.Service;
import dev.tiac.time.ShownTime;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The versioned machine format ({@value #VERSION}), described by
 * {@code schemas/query-result-v1.schema.json}. Absent parts are left out, never null.
 */
public final class JsonRenderer {
  public static final String VERSION = "tiac.dev/query-result/v1";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonRenderer() {}

  public static String render(List<QueryResult> results) {
    ObjectNode root = JSON.createObjectNode();
    root.put("formatVersion", VERSION);
    ArrayNode investigations = root.putArray("investigations");
    for (QueryResult r : results) {
      ObjectNode q = investigations.addObject();
      q.put("name", r.query().name());
      q.put("severity", r.query().severity().name());
      q.put("status", r.status().name().toLowerCase(Locale.ROOT));
      ObjectNode start = q.putObject("start");
      start.put("kind", r.query().start().kind().name().toLowerCase(Locale.ROOT));
      ObjectNode fields = start.putObject("fields");
      r.query().start().fields().forEach(fields::put);
      q.putObject("window").put("start", ShownTime.iso(r.query().window().start())).put("end", ShownTime.iso(r.query().window().end()));
      ArrayNode findings = q.putArray("findings");
      r.findings().forEach(f -> finding(findings.addObject(), f));
      ArrayNode rejected = q.putArray("rejected");
      r.rejected().forEach(x -> rejected.addObject().put("hostName", x.hostName()).put("value", x.value()).put("reason", x.reason()));
      ArrayNode missing = q.putArray("missing");
      r.missing().forEach(m -> missing.addObject().put("service", key(m.service())).put("problem", m.problem()));
      ArrayNode notes = q.putArray("notes");
      r.notes().forEach(notes::add);
      ObjectNode calls = q.putObject("calls");
      for (Service s : Service.values()) {
        calls.putObject(key(s)).put("sent", r.calls().sent(s)).put("minimum", r.calls().minimum(s));
      }
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  private static void finding(ObjectNode n, Finding f) {
    Chain c = f.chain();
    n.put("severity", f.severity().name());
    n.put("complete", c.complete());
    n.put("why", f.why());
    c.mail().ifPresent(m -> {
      ObjectNode mail = n.putObject("mail");
      mail.put("messageId", m.messageId()).put("uniqueId", m.uniqueId()).put("mailbox", m.mailbox())
          .put("sender", m.sender()).put("subject", m.subject()).put("delivered", ShownTime.iso(m.delivered()));
      ArrayNode attachments = mail.putArray("attachments");
      m.attachments().forEach(a -> attachments.addObject().put("fileName", a.fileName()).put("sha1", a.sha1()));
      ArrayNode urls = mail.putArray("urls");
      m.urls().forEach(urls::add);
    });
    c.user().ifPresent(u -> {
      ObjectNode user = n.putObject("user");
      user.put("samAccountName", u.samAccountName()).put("userPrincipalName", u.userPrincipalName())
          .put("mail", u.mail()).put("displayName", u.displayName()).put("department", u.department())
          .put("manager", u.manager());
      ArrayNode groups = user.putArray("groups");
      u.groups().forEach(groups::add);
    });
    c.endpoint().ifPresent(e -> n.putObject("endpoint").put("agentGuid", e.agentGuid()).put("hostName", e.hostName())
        .put("ip", e.ip()).put("userName", e.userName()));
    ArrayNode events = n.putArray("events");
    for (Event e : c.events()) {
      ObjectNode ev = events.addObject().put("activity", e.activity().name()).put("value", e.value())
          .put("firstSeen", ShownTime.iso(e.firstSeen())).put("lastSeen", ShownTime.iso(e.lastSeen()));
      e.afterDelivery().ifPresent(d -> ev.put("secondsAfterDelivery", d.toSeconds()));
    }
  }

  private static String key(Service s) {
    return switch (s) {
      case CLOUD_APP_SECURITY -> "cloudAppSecurity";
      case ACTIVE_DIRECTORY -> "activeDirectory";
      case APEX_CENTRAL -> "apexCentral";
    };
  }
}
