package dev.tiac.query.respond;

import dev.tiac.config.model.Investigation.Respond;
import dev.tiac.query.Chain;
import dev.tiac.query.EndpointRef;
import dev.tiac.query.Finding;
import dev.tiac.query.QueryResult;
import dev.tiac.query.Start;
import dev.tiac.query.source.Service;
import dev.tiac.query.source.SweptMail;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The responses a query's {@code respond} block asks for, for its findings, in execution order. */
public record ResponsePlan(String investigation, List<ResponseAction> actions, List<String> notes) {
  public ResponsePlan {
    actions = List.copyOf(actions);
    notes = List.copyOf(notes);
  }

  public static ResponsePlan of(QueryResult result) {
    String name = result.query().name();
    Optional<Respond> respond = result.query().respond();
    List<ResponseAction> actions = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (respond.isEmpty() || result.findings().isEmpty()) {
      return new ResponsePlan(name, actions, notes);
    }
    Respond r = respond.get();
    if (r.quarantineMail().orElse(false)) {
      Map<String, SweptMail> mails = new LinkedHashMap<>();
      result.findings().stream().map(Finding::chain).flatMap(c -> c.mail().stream())
          .forEach(m -> mails.putIfAbsent(m.uniqueId() + "|" + m.mailbox(), m));
      if (!mails.isEmpty()) {
        actions.add(new ResponseAction(ResponseAction.Kind.QUARANTINE_MAIL, Service.CLOUD_APP_SECURITY,
            mails.size() + " mail(s) in " + String.join(", ", mails.values().stream().map(SweptMail::mailbox).distinct().toList()),
            "POST /v1/mitigation/mails MAIL_QUARANTINE", Map.of(), List.copyOf(mails.values())));
      }
    }
    if (r.isolateEndpoint().orElse(false)) {
      Map<String, EndpointRef> endpoints = new LinkedHashMap<>();
      result.findings().stream().map(Finding::chain).flatMap(c -> c.endpoint().stream())
          .forEach(e -> endpoints.putIfAbsent(e.agentGuid(), e));
      endpoints.values().forEach(e -> actions.add(new ResponseAction(ResponseAction.Kind.ISOLATE_ENDPOINT,
          Service.APEX_CENTRAL, e.hostName(), "POST ProductAgents cmd_isolate_agent entity_id=" + e.agentGuid(),
          Map.of("agentGuid", e.agentGuid(), "hostName", e.hostName()), List.of())));
    }
    r.addSuspiciousObject().ifPresent(action -> objects(result, notes).forEach((value, type) ->
        actions.add(new ResponseAction(ResponseAction.Kind.ADD_SUSPICIOUS_OBJECT, Service.APEX_CENTRAL,
            type + " " + value, "PUT UserDefinedSO scan_action=" + action.name(),
            Map.of("type", type, "value", value, "scanAction", action.name(),
                "notes", "tiac investigation " + name), List.of()))));
    return new ResponsePlan(name, actions, notes);
  }

  /** Value → UDSO type: the indicator itself, or the attachments' SHA-1s and URL domains of the mails. */
  private static Map<String, String> objects(QueryResult result, List<String> notes) {
    Map<String, String> out = new LinkedHashMap<>();
    Start start = result.query().start();
    if (start.kind() == Start.Kind.INDICATOR) {
      start.field("fileSha1").ifPresent(v -> out.put(v, "file_sha1"));
      start.field("domain").ifPresent(v -> out.put(v, "domain"));
      start.field("url").ifPresent(v -> out.put(v, "url"));
      start.field("ip").ifPresent(v -> out.put(v, "ip"));
      start.field("fileName").ifPresent(v -> notes.add("a file name cannot be a suspicious object; "
          + "add the file's SHA-1 instead"));
      return out;
    }
    for (Finding f : result.findings()) {
      Chain c = f.chain();
      c.mail().ifPresent(m -> {
        m.attachments().stream().map(SweptMail.Attachment::sha1).filter(s -> !s.isBlank())
            .forEach(s -> out.putIfAbsent(s, "file_sha1"));
        m.urlHosts().forEach(h -> out.putIfAbsent(h, "domain"));
      });
    }
    return out;
  }
}
