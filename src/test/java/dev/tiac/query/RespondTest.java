package dev.tiac.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.config.model.Investigation.AlertWhen;
import dev.tiac.query.respond.ResponseAction;
import dev.tiac.query.respond.ResponseExecutor;
import dev.tiac.query.respond.ResponseOutcome;
import dev.tiac.query.respond.ResponsePlan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RespondTest {
  @Test
  void planIsBuiltFromFindingsOnlyAndRunsThroughTheRealApis() throws Exception {
    try (Harness h = new Harness(FixtureWorld.planted(0))) {
      QueryResult r = h.engine().run(Harness.email(Harness.subjectAndExtension("invoice", "iso"), AlertWhen.chainComplete));
      int before = h.apex.requests.size() + h.cas.requests.size();
      ResponsePlan plan = ResponsePlan.of(r);
      assertEquals(before, h.apex.requests.size() + h.cas.requests.size(), "planning calls nothing");
      assertEquals(List.of(ResponseAction.Kind.QUARANTINE_MAIL, ResponseAction.Kind.ISOLATE_ENDPOINT,
          ResponseAction.Kind.ADD_SUSPICIOUS_OBJECT, ResponseAction.Kind.ADD_SUSPICIOUS_OBJECT),
          plan.actions().stream().map(ResponseAction::kind).toList());
      assertEquals("FIN-LT-0042", plan.actions().get(1).target(), "only the finding's endpoint, never carol's or erin's");
      List<ResponseOutcome> outcomes = new ResponseExecutor(h.sources.responder()).execute(plan);
      assertTrue(outcomes.stream().allMatch(ResponseOutcome::done), outcomes.toString());
      assertTrue(h.cas.posted.get(0).contains("\"action_type\":\"MAIL_QUARANTINE\"") && h.cas.posted.get(0).contains("uid-alice"));
      assertTrue(h.apex.actions.stream().anyMatch(a -> a.contains("\"act\":\"cmd_isolate_agent\"")
          && a.contains("\"allow_multiple_match\":false") && a.contains("agent-fin-0042")), h.apex.actions.toString());
      assertTrue(h.apex.actions.stream().anyMatch(a -> a.contains("\"type\":\"file_sha1\"") && a.contains(FixtureWorld.SHA1)));
      assertTrue(h.apex.actions.stream().anyMatch(a -> a.contains("\"type\":\"domain\"") && a.contains("acme-sso-login.example")));
    }
  }

  @Test
  void noFindingMeansNoResponse() throws Exception {
    try (Harness h = new Harness(FixtureWorld.planted(0))) {
      QueryResult r = h.engine().run(Harness.email(Harness.subjectAndExtension("nothing", "iso"), AlertWhen.chainComplete));
      assertEquals(List.of(), ResponsePlan.of(r).actions());
    }
  }

  @Test
  void aFileNameIndicatorIsNotASuspiciousObject() throws Exception {
    try (Harness h = new Harness(FixtureWorld.planted(0))) {
      var from = new dev.tiac.config.model.Investigation.From(Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.of(new dev.tiac.config.model.Investigation.Indicator(Optional.empty(), Optional.of(FixtureWorld.FILE),
              Optional.empty(), Optional.empty(), Optional.empty())));
      QueryResult r = h.engine().run(Harness.query(from, AlertWhen.chainComplete));
      assertEquals(1, r.findings().size());
      ResponsePlan plan = ResponsePlan.of(r);
      assertTrue(plan.actions().stream().noneMatch(a -> a.kind() == ResponseAction.Kind.ADD_SUSPICIOUS_OBJECT));
      assertTrue(plan.notes().get(0).contains("cannot be a suspicious object"));
    }
  }
}
