package dev.tiac.query.respond;

import dev.tiac.query.source.Service;
import dev.tiac.query.source.SweptMail;
import java.util.List;
import java.util.Map;

/**
 * One response: what it does, to what, through which call. {@code parameters} holds the keys the
 * executor needs (agentGuid/hostName, or type/value/scanAction); {@code mails} the mails to quarantine.
 */
public record ResponseAction(Kind kind, Service service, String target, String call,
    Map<String, String> parameters, List<SweptMail> mails) {
  public ResponseAction {
    parameters = Map.copyOf(parameters);
    mails = List.copyOf(mails);
  }

  public enum Kind { ISOLATE_ENDPOINT, QUARANTINE_MAIL, ADD_SUSPICIOUS_OBJECT }
}
