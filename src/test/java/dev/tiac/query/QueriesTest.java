package dev.tiac.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tiac.config.ConfigLoader;
import dev.tiac.config.model.DesiredState;
import dev.tiac.config.model.Investigation.Activity;
import dev.tiac.config.model.Investigation.AlertWhen;
import dev.tiac.providers.Kinds;
import dev.tiac.query.plan.CallPlanner;
import dev.tiac.query.plan.QueryPlan;
import dev.tiac.query.source.Service;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueriesTest {
  static DesiredState acme() {
    return new ConfigLoader(Harness.CLOCK, Kinds.registry().declarations()).load(List.of(Path.of("samples/acme.yaml"))).state();
  }

  @Test
  void theSampleInvestigationsBindWithTheirDefaultsSettled() {
    List<Query> queries = Queries.select(acme(), List.of(), Harness.CLOCK);
    assertEquals(List.of("invoice-phish", "sso-lookalike", "finance-laptop-review"), queries.stream().map(Query::name).toList());
    Query invoice = queries.get(0);
    assertEquals(Start.Kind.EMAIL, invoice.start().kind());
    assertEquals(Map.of("subject", "invoice", "attachmentExtension", "docm"), invoice.start().fields());
    assertEquals(Duration.ofDays(7), invoice.window().length());
    assertEquals(Set.of(Activity.attachmentWrittenOrRun, Activity.spawnedFromOutlook), invoice.activities());
    assertEquals(Optional.of(Duration.ofHours(72)), invoice.activityWithin());
    assertEquals(AlertWhen.anyMail, queries.get(1).alertWhen());
    assertEquals(Set.of(Activity.values()), queries.get(1).activities());
    assertEquals(Query.Depth.ENDPOINT_ACTIVITY, queries.get(2).depth());
  }

  @Test
  void anUnknownNameIsRefusedWithTheNamesThereAre() {
    var e = assertThrows(IllegalArgumentException.class, () -> Queries.select(acme(), List.of("nope"), Harness.CLOCK));
    assertEquals("no investigation named nope in the file; it declares: invoice-phish, sso-lookalike, finance-laptop-review", e.getMessage());
  }

  @Test
  void dryRunStatesTheSweepFiltersAndTheCostOfAnUnfilterableStart() {
    List<Query> queries = Queries.select(acme(), List.of(), Harness.CLOCK);
    QueryPlan invoice = CallPlanner.plan(queries.get(0));
    assertEquals(List.of("attachmentExtension=docm", "subject=invoice"), invoice.sweepFilters().stream().sorted().toList());
    assertEquals(1, invoice.atLeast(Service.CLOUD_APP_SECURITY));
    QueryPlan domain = CallPlanner.plan(queries.get(1));
    assertEquals(true, domain.calls().get(0).perData().contains("no server-side filter exists for domain"));
    QueryPlan endpoint = CallPlanner.plan(queries.get(2));
    assertEquals("WS00012", endpoint.endpoints());
    assertEquals(1, endpoint.atLeast(Service.APEX_CENTRAL));
  }

  @Test
  void aSetupWithEveryExchangePolicyOffSaysSoBeforeAnyProbe() {
    var state = acme();
    var cas = state.cloudAppSecurity().orElseThrow();
    var off = new dev.tiac.config.model.CloudAppSecurity(cas.serviceAccount(), cas.policies().stream()
        .map(p -> new dev.tiac.config.model.CloudAppSecurity.Policy(p.name(), dev.tiac.config.model.CloudAppSecurity.Status.OFF, p.targets(), p.allowWeakening())).toList(),
        cas.tokens(), cas.blockedLists());
    Setup setup = Setup.of(new DesiredState(state.apiVersion(), state.kind(), state.metadata(), state.connections(),
        state.licences(), Optional.of(off), state.apexCentral(), state.apexOne(), state.investigations()));
    assertEquals(true, setup.mailProblem().orElseThrow().contains("every Default Exchange policy (ATP, DLP) is OFF"));
    assertEquals(Optional.empty(), Setup.of(state).mailProblem());
  }
}
