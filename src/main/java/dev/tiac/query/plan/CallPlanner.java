package dev.tiac.query.plan;

import dev.tiac.query.Query;
import dev.tiac.query.Start;
import dev.tiac.query.source.Service;
import dev.tiac.time.ShownTime;
import java.util.ArrayList;
import java.util.List;

/** States the calls a query makes, in order, mirroring {@link dev.tiac.query.QueryEngine}. */
public final class CallPlanner {
  private CallPlanner() {}

  public static QueryPlan plan(Query query) {
    List<PlannedCall> calls = new ArrayList<>();
    Start start = query.start();
    String mailboxes = "every mailbox of the tenant";
    String endpoints = "every Endpoint Sensor agent";
    List<String> filters = new ArrayList<>();
    switch (start.kind()) {
      case EMAIL, INDICATOR -> {
        start.fields().forEach((k, v) -> filters.add(k + "=" + v));
        // Stable order: the dry run is read and diffed by people.
        java.util.Collections.sort(filters);
        mailboxes = start.field("mailbox").or(() -> start.field("recipient")).map(m -> "mailboxes matching " + m).orElse(mailboxes);
        boolean unfiltered = start.fields().keySet().stream().allMatch(k -> k.equals("senderDomain") || k.equals("domain"));
        calls.add(new PlannedCall(Service.CLOUD_APP_SECURITY, "GET /v1/sweeping/mails", 1,
            "1 per 1,000 mails " + (unfiltered ? "in the window (no server-side filter exists for "
                + String.join(", ", start.fields().keySet()) + "; pages are filtered as they stream)" : "matching"),
            "the starting mail, with the widest server-side filter and limit 1000"));
      }
      case USER -> {
        mailboxes = "the mailbox of " + start.only().getValue();
        calls.add(new PlannedCall(Service.ACTIVE_DIRECTORY, "search user", 1, "", "the user's identity, mailbox and account"));
        calls.add(new PlannedCall(Service.CLOUD_APP_SECURITY, "GET /v1/sweeping/mails?mailbox=…", 1, "1 per 1,000 mails", "the mail that reached the user"));
      }
      case ENDPOINT -> {
        String host = start.field("hostName").orElse("the agent with IP " + start.field("ip").orElse("?"));
        endpoints = host;
        mailboxes = "the mailboxes of the users Endpoint Sensor reports on " + host;
        if (start.field("hostName").isEmpty()) {
          calls.add(new PlannedCall(Service.APEX_CENTRAL, "GET ProductAgents?ip_address=…", 1, "", "the host name of that IP"));
        }
        calls.add(new PlannedCall(Service.APEX_CENTRAL, "ShowAgentList (machine name filter)", 1, "", "who works on the endpoint"));
        calls.add(new PlannedCall(Service.ACTIVE_DIRECTORY, "search users", 1, "1 per 50 accounts", "their identity and mailbox"));
        calls.add(new PlannedCall(Service.CLOUD_APP_SECURITY, "GET /v1/sweeping/mails?mailbox=…", 1, "1 per user and 1,000 mails", "the mail that reached them"));
      }
    }
    if (query.depth() != Query.Depth.MAIL && (start.kind() == Start.Kind.EMAIL || start.kind() == Start.Kind.INDICATOR)) {
      calls.add(new PlannedCall(Service.ACTIVE_DIRECTORY, "search users by mail/userPrincipalName", 0,
          "1 per 50 distinct mailboxes found", "the recipients' accounts, department, manager and groups"));
    }
    if (query.depth() == Query.Depth.ENDPOINT_ACTIVITY) {
      calls.add(new PlannedCall(Service.APEX_CENTRAL, "CreateQuickScan + ShowContent (all criteria, OR)", 0,
          "2 when any mail is found, plus 1 ShowContent page per 200 endpoints",
          "attachment names, URL domains, accounts"
              + " searched back to " + ShownTime.of(query.window().start())));
    }
    calls.add(new PlannedCall(Service.CLOUD_APP_SECURITY, "GET /v1/sweeping/mails?limit=1", 0,
        "1 only when nothing is found", "tells an empty result from a tenant that returns no mail"));
    if (query.depth() != Query.Depth.ENDPOINT_ACTIVITY) {
      endpoints = "none (the query stops at the " + (query.depth() == Query.Depth.MAIL ? "mail" : "user") + ")";
    }
    return new QueryPlan(query, mailboxes, endpoints, filters, calls);
  }
}
