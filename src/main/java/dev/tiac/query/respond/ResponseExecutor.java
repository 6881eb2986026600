package dev.tiac.query.respond;

import dev.tiac.query.source.Responder;
import java.util.ArrayList;
import java.util.List;

/**
 * Executes a confirmed plan action by action. A failure is recorded and the rest still run: each
 * action is independent, and stopping half-way would leave the operator guessing what was done.
 */
public final class ResponseExecutor {
  private final Responder responder;

  public ResponseExecutor(Responder responder) {
    this.responder = responder;
  }

  public List<ResponseOutcome> execute(ResponsePlan plan) {
    List<ResponseOutcome> out = new ArrayList<>();
    for (ResponseAction a : plan.actions()) {
      try {
        String message = switch (a.kind()) {
          case ISOLATE_ENDPOINT -> responder.isolate(a.parameters().get("agentGuid"), a.parameters().get("hostName"));
          case QUARANTINE_MAIL -> responder.quarantine(a.mails());
          case ADD_SUSPICIOUS_OBJECT -> responder.addSuspiciousObject(a.parameters().get("type"),
              a.parameters().get("value"), a.parameters().get("scanAction"), a.parameters().get("notes"));
        };
        out.add(new ResponseOutcome(a, true, message));
      } catch (RuntimeException e) {
        out.add(new ResponseOutcome(a, false, String.valueOf(e.getMessage())));
      }
    }
    return out;
  }
}
