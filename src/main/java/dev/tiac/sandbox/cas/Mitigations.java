package dev.tiac.sandbox.cas;

import dev.tiac.sandbox.http.Constraint;
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
  // The documentation names a "revoke sign-in sessions" action without a verified spelling: not accepted.
  private static final Set<String> ACCOUNT_ACTIONS = Set.of("ACCOUNT_DISABLE", "ACCOUNT_ENABLE_MFA", "ACCOUNT_RESET_PASSWORD");
  private static final Constraint ARRAY = CasRules.body("body a non-empty JSON array of action objects",
      b -> b.isArray() && !b.isEmpty() && java.util.stream.StreamSupport.stream(b.spliterator(), false).allMatch(JsonNode::isObject)
          ? Optional.empty() : Optional.of("Invalid parameter: the body must be a non-empty JSON array of actions"));

  /** POST /v1/mitigation/mails: what each action must carry. */
  static final List<Constraint> MAIL_BODY = List.of(CasRules.params(), ARRAY,
      CasRules.eachAction("`action_type` one of MAIL_DELETE, MAIL_QUARANTINE, MAIL_RESTORE", a -> CasRules.enumField(a, "action_type", MAIL_ACTIONS)),
      CasRules.eachAction("`service` exchange or gmail", a -> CasRules.enumField(a, "service", Set.of("exchange", "gmail"))),
      CasRules.eachAction("`account_provider` office365 or google", a -> CasRules.enumField(a, "account_provider", Set.of("office365", "google"))),
      CasRules.eachAction("`mailbox` required", a -> CasRules.textField(a, "mailbox")),
      CasRules.eachAction("`mail_message_id` and/or `mail_unique_id`", a -> CasRules.textField(a, "mail_message_id").isEmpty()
          || CasRules.textField(a, "mail_unique_id").isEmpty() ? Optional.empty() : Optional.of("mail_message_id or mail_unique_id is required")),
      CasRules.eachAction("gmail: MAIL_DELETE only; MAIL_RESTORE: exchange only", a -> {
        String type = a.path("action_type").asString("");
        String service = a.path("service").asString("");
        return (service.equals("gmail") && !type.equals("MAIL_DELETE")) || (type.equals("MAIL_RESTORE") && !service.equals("exchange"))
            ? Optional.of(type + " is not supported for " + service) : Optional.empty();
      }),
      CasRules.eachAction("`mail_message_delivery_time`, `detection_time` as yyyy-mm-ddThh:mm:ss[.mmm]Z",
          a -> CasRules.timeField(a, "mail_message_delivery_time").or(() -> CasRules.timeField(a, "detection_time"))),
      CasRules.eachAction("`detection_time` with MAIL_RESTORE only", a -> a.has("detection_time") && !a.path("action_type").asString("").equals("MAIL_RESTORE")
          ? Optional.of("detection_time applies to MAIL_RESTORE only") : Optional.empty()));

  /** POST /v1/mitigation/accounts. */
  static final List<Constraint> ACCOUNT_BODY = List.of(CasRules.params(), ARRAY,
      CasRules.eachAction("`action_type` one of ACCOUNT_DISABLE, ACCOUNT_ENABLE_MFA, ACCOUNT_RESET_PASSWORD",
          a -> CasRules.enumField(a, "action_type", ACCOUNT_ACTIONS)),
      CasRules.eachAction("`service` exchange", a -> CasRules.enumField(a, "service", Set.of("exchange"))),
      CasRules.eachAction("`account_provider` office365", a -> CasRules.enumField(a, "account_provider", Set.of("office365"))),
      CasRules.eachAction("`account_user_email` required", a -> CasRules.textField(a, "account_user_email")));

  /** GET /v1/mitigation/mails and /accounts. */
  static final List<Constraint> RESULT_QUERY = List.of(CasRules.params("batch_id", "start", "end", "limit", "skiptoken"),
      CasRules.single(), CasRules.time("start", "end"), CasRules.together("start", "end"),
      Constraint.of("start before end", r -> r.param("start").flatMap(Times::parse)
          .flatMap(s -> r.param("end").flatMap(Times::parse).map(s::isBefore)).orElse(true), "Invalid parameter: start must be earlier than end"),
      CasRules.range("limit", 1, 500), CasRules.skiptoken());
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
    String batch = UUID.randomUUID().toString();
    String now = Times.format(clock.instant());
    List<MitigationAction> actions = new ArrayList<>();
    for (JsonNode a : body) {
      String type = a.path("action_type").asString("");
      String service = a.path("service").asString("");
      if (kind.equals("mails")) {
        boolean found = find(a).isPresent();
        actions.add(new MitigationAction(UUID.randomUUID().toString(), batch, kind, type, found ? "Success" : "Failed",
            found ? 0 : -999, found ? "" : "The action for these mails failed.", now, now, service,
            a.path("account_provider").asString("office365"), a.path("mailbox").asString(), "",
            a.path("mail_message_id").asString(""), a.path("mail_unique_id").asString("")));
      } else {
        String user = a.path("account_user_email").asString("");
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
    var limit = Paging.limit(request, 500, 500);
    var offset = Links.offset(request);
    if (limit.isEmpty() || offset.isEmpty()) {
      return CasErrors.badRequest("Invalid parameter");
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
