package dev.tiac.sandbox.cas;

import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Request;
import dev.tiac.sandbox.http.Response;
import dev.tiac.sandbox.tenant.MitigationAction;
import dev.tiac.sandbox.tenant.TenantData;
import dev.tiac.sandbox.world.Mail;
import dev.tiac.sandbox.world.World;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** POST and GET /v1/mitigation/mails and /accounts: batches of actions and their results. */
final class Mitigations {
  private static final Set<String> MAIL_ACTIONS = Set.of("MAIL_DELETE", "MAIL_QUARANTINE", "MAIL_RESTORE");
  private static final Set<String> ACCOUNT_ACTIONS = Set.of("ACCOUNT_DISABLE", "ACCOUNT_ENABLE_MFA", "ACCOUNT_RESET_PASSWORD", "ACCOUNT_REVOKE_SIGNIN_SESSIONS");
  private final World world;
  private final TenantData data;
  private final Clock clock;

  Mitigations(World world, TenantData data, Clock clock) {
    this.world = world;
    this.data = data;
    this.clock = clock;
  }

  Response postMails(Request request) {
    return post(request, "mails");
  }

  Response postAccounts(Request request) {
    return post(request, "accounts");
  }

  private Response post(Request request, String kind) {
    JsonNode body = Json.parse(request.bodyText());
    if (!body.isArray() || body.isEmpty()) {
      return CasErrors.badRequest("the body must be a non-empty JSON array of actions");
    }
    String batch = UUID.randomUUID().toString();
    String now = Times.format(clock.instant());
    List<MitigationAction> actions = new ArrayList<>();
    for (JsonNode a : body) {
      String type = a.path("action_type").asString("");
      String service = a.path("service").asString("");
      if (kind.equals("mails")) {
        if (!MAIL_ACTIONS.contains(type) || !Set.of("exchange", "gmail").contains(service) || !a.path("mailbox").isString()
            || (a.path("mail_message_id").asString("").isEmpty() && a.path("mail_unique_id").asString("").isEmpty())
            || (service.equals("gmail") && !type.equals("MAIL_DELETE"))) {
          return CasErrors.badRequest("each action needs a valid action_type, service, mailbox and mail_message_id or mail_unique_id");
        }
        boolean found = find(a).isPresent();
        actions.add(new MitigationAction(UUID.randomUUID().toString(), batch, kind, type, found ? "Success" : "Failed",
            found ? 0 : -999, found ? "" : "The action for these mails failed.", now, now, service,
            a.path("account_provider").asString("office365"), a.path("mailbox").asString(), "",
            a.path("mail_message_id").asString(""), a.path("mail_unique_id").asString("")));
      } else {
        String user = a.path("account_user_email").asString("");
        if (!ACCOUNT_ACTIONS.contains(type) || !service.equals("exchange") || user.isEmpty()) {
          return CasErrors.badRequest("each action needs a valid action_type, service exchange and account_user_email");
        }
        boolean found = world.users().stream().anyMatch(u -> u.mail().equalsIgnoreCase(user) || u.upn().equalsIgnoreCase(user));
        actions.add(new MitigationAction(UUID.randomUUID().toString(), batch, kind, type, found ? "Success" : "Failed",
            found ? 0 : -999, found ? "" : "The action for this account failed.", now, now, service, "office365", "", user, "", ""));
      }
    }
    data.addMitigations(actions);
    return Response.json(201, Json.object().put("batch_id", batch).put("code", 0).put("msg", "").put("traceId", UUID.randomUUID().toString()));
  }

  private Optional<Mail> find(JsonNode a) {
    String id = a.path("mail_message_id").asString("");
    String unique = a.path("mail_unique_id").asString("");
    String mailbox = a.path("mailbox").asString("");
    return world.mails().stream().filter(m -> m.mailbox().equalsIgnoreCase(mailbox)
        && ((!id.isEmpty() && m.messageId().equals(id)) || (!unique.isEmpty() && m.uniqueId().equals(unique)))).findFirst();
  }

  Response getMails(Request request) {
    return results(request, "mails");
  }

  Response getAccounts(Request request) {
    return results(request, "accounts");
  }

  private Response results(Request request, String kind) {
    Optional<String> batch = request.param("batch_id");
    Optional<Instant> start = request.param("start").flatMap(Times::parse);
    Optional<Instant> end = request.param("end").flatMap(Times::parse);
    if (start.isPresent() != end.isPresent() || request.param("start").isPresent() != start.isPresent()
        || request.param("end").isPresent() != end.isPresent()) {
      return CasErrors.badRequest("start and end must be given together, as ISO 8601 UTC");
    }
    var limit = Paging.limit(request, 500, 500);
    var offset = Links.offset(request);
    if (limit.isEmpty() || offset.isEmpty()) {
      return CasErrors.badRequest("limit must be 1 to 500");
    }
    List<MitigationAction> matched = new ArrayList<>();
    for (MitigationAction a : data.mitigations()) {
      Instant at = Instant.parse(a.requestedAt());
      boolean inWindow = start.isEmpty() || (!at.isBefore(start.get()) && at.isBefore(end.get()));
      if (a.kind().equals(kind) && batch.map(b -> b.equals(a.batchId())).orElse(true) && inWindow) {
        matched.add(a);
      }
    }
    int from = Math.min(offset.get(), matched.size());
    int to = Math.min(matched.size(), from + limit.get());
    ArrayNode actions = Json.array();
    matched.subList(from, to).forEach(a -> actions.add(render(a)));
    ObjectNode body = Json.object();
    body.set("actions", actions);
    body.put("code", 0).put("count", to - from).put("msg", "").put("current_link", Links.current(request))
        .put("next_link", to < matched.size() ? Links.next(request, java.util.Map.of(), to) : "null")
        .put("traceId", UUID.randomUUID().toString());
    return Response.json(200, body);
  }

  private static ObjectNode render(MitigationAction a) {
    return Json.object().put("account_provider", a.accountProvider()).put("account_user_email", a.accountUserEmail())
        .put("action_executed_at", a.executedAt()).put("action_id", a.actionId()).put("action_requested_at", a.requestedAt())
        .put("action_type", a.actionType()).put("batch_id", a.batchId()).put("error_code", a.errorCode())
        .put("error_message", a.errorMessage()).put("mail_message_id", a.mailMessageId()).put("mail_unique_id", a.mailUniqueId())
        .put("mailbox", a.mailbox()).put("service", a.service()).put("status", a.status());
  }
}
