package dev.tiac.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.config.model.Investigation.Activity;
import dev.tiac.config.model.Investigation.AlertWhen;
import dev.tiac.progress.Progress;
import dev.tiac.query.source.Service;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QueryEngineTest {
  Harness harness;

  Harness start(int noise) throws Exception {
    harness = new Harness(FixtureWorld.planted(noise));
    return harness;
  }

  @AfterEach
  void stop() throws Exception {
    if (harness != null) {
      harness.close();
    }
  }

  static String chainKey(Chain c) {
    return c.mail().map(m -> m.uniqueId()).orElse("-") + " > " + c.user().map(u -> u.samAccountName()).orElse("-")
        + " > " + c.endpoint().map(e -> e.hostName()).orElse("-");
  }

  @Test
  void emailStartFindsThePlantedChainAndExplainsIt() throws Exception {
    QueryResult r = start(50).engine().run(Harness.email(Harness.subjectAndExtension("invoice", "iso"), AlertWhen.chainComplete));
    assertEquals(QueryResult.Status.MATCHED, r.status(), r.notes().toString());
    assertEquals(List.of("uid-alice > alice > FIN-LT-0042"), r.findings().stream().map(f -> chainKey(f.chain())).toList());
    Chain chain = r.findings().get(0).chain();
    Set<Activity> kinds = chain.events().stream().map(Event::activity).collect(Collectors.toSet());
    assertEquals(Set.of(Activity.attachmentWrittenOrRun, Activity.spawnedFromOutlook, Activity.commandLineHasMailUrl), kinds);
    assertEquals(Optional.of(Duration.ofMinutes(41)), chain.events().stream()
        .filter(e -> e.activity() == Activity.spawnedFromOutlook).findFirst().orElseThrow().afterDelivery());
    String why = r.findings().get(0).why();
    assertTrue(why.contains("<inv-4411@acme-billing.example>") && why.contains("alice (Alice Ng, Finance, manager Bob Stone)")
        && why.contains("FIN-LT-0042") && why.contains("41m after the delivery"), why);
  }

  @Test
  void tellsProgressEachInvestigationAsItEndsAndEachSweepsPagesAsTheyCome() throws Exception {
    start(2100);
    List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
    Progress listener = new Progress() {
      @Override
      public void planned(Stage stage, List<Work> work) {
        heard.add(stage + " " + work.stream().map(Work::name).toList());
      }

      @Override
      public void finished(Work work, String outcome, Duration took) {
        heard.add(work.name() + ": " + outcome);
      }

      @Override
      public void counted(Count count) {
        heard.add(count.service() + " " + count.shown());
      }
    };
    // The sender's domain is matched here, not by the service: the sweep reads every mail of the window.
    Query lookAlike = Harness.email(Harness.senderDomain("acme-billing.example"), AlertWhen.anyMail);
    List<QueryResult> results = new QueryEngine(harness.sources, Setup.unknown(), listener).run(List.of(lookAlike));
    assertEquals(QueryResult.Status.MATCHED, results.get(0).status());
    assertEquals("QUERY [q]", heard.get(0));
    assertEquals("q: 3 findings", heard.get(heard.size() - 1));
    List<String> counts = heard.subList(1, heard.size() - 1);
    assertEquals("Cloud App Security 1 page", counts.get(0), counts.toString());
    assertTrue(counts.size() >= 3 && counts.get(counts.size() - 2).matches("Cloud App Security \\d+ pages"), "one count per page: " + counts);
    assertEquals(counts.get(counts.size() - 2), counts.get(counts.size() - 1), "the sweep's end is told with its page count: " + counts);
  }

  @Test
  void decoysAreNeverCompleteChains() throws Exception {
    QueryResult r = start(0).engine().run(Harness.email(Harness.subjectAndExtension("invoice", "iso"), AlertWhen.chainComplete));
    List<String> incomplete = r.chains().stream().filter(c -> !c.complete()).map(QueryEngineTest::chainKey).sorted().toList();
    // carol never opened it; erin's file predates the delivery; alice never opened the look-alike's
    // attachment; dave's host is unrelated to any recipient.
    assertEquals(List.of("uid-carol > carol > HR-LT-0007", "uid-erin > erin > OPS-LT-0003",
        "uid-lookalike > alice > FIN-LT-0042"), incomplete);
    assertTrue(r.rejected().stream().anyMatch(x -> x.hostName().equals("OPS-LT-0003") && x.reason().contains("before the delivery")), r.rejected().toString());
    assertTrue(r.chains().stream().noneMatch(c -> c.endpoint().map(e -> e.hostName().equals("ENG-WS-0100")).orElse(false)));
    assertEquals(1, r.findings().size());
  }

  @Test
  void lookAlikeSenderDomainIsNotTheSenderDomain() throws Exception {
    QueryResult r = start(30).engine().run(Harness.email(Harness.senderDomain("acme-billing.example"), AlertWhen.anyMail));
    assertEquals(Set.of("uid-alice", "uid-carol", "uid-erin"), r.findings().stream()
        .map(f -> f.chain().mail().orElseThrow().uniqueId()).collect(Collectors.toSet()));
    assertEquals(1, r.findings().stream().filter(f -> f.chain().complete()).count());
  }

  @Test
  void theSameChainIsFoundFromEveryEnd() throws Exception {
    start(40);
    List<Query> queries = List.of(
        Harness.email(Harness.subjectAndExtension("invoice", "iso"), AlertWhen.chainComplete),
        Harness.query(Harness.user("alice@acme.example"), AlertWhen.chainComplete),
        Harness.query(Harness.endpoint(Optional.of("FIN-LT-0042"), Optional.empty()), AlertWhen.chainComplete),
        Harness.query(Harness.endpoint(Optional.empty(), Optional.of("10.20.1.42")), AlertWhen.chainComplete),
        Harness.query(Harness.indicator(Optional.of(FixtureWorld.SHA1), Optional.empty()), AlertWhen.chainComplete),
        Harness.query(Harness.indicator(Optional.empty(), Optional.of("acme-sso-login.example")), AlertWhen.chainComplete));
    for (Query q : queries) {
      QueryResult r = harness.engine().run(q);
      assertEquals(List.of("uid-alice > alice > FIN-LT-0042"), r.findings().stream().map(f -> chainKey(f.chain())).toList(),
          q.start() + ": " + r.notes() + r.missing());
    }
  }

  @Test
  void callsEqualWhatTheServersRecordAndTheMinimum() throws Exception {
    start(2_600);
    // senderDomain has no server-side filter: every mail of the window streams past in pages of 1000.
    QueryResult r = harness.engine().run(Harness.email(Harness.senderDomain("acme-billing.example"), AlertWhen.chainComplete));
    assertEquals(QueryResult.Status.MATCHED, r.status());
    assertEquals(harness.cas.sweeps(), r.calls().sent(Service.CLOUD_APP_SECURITY));
    assertEquals(3, r.calls().minimum(Service.CLOUD_APP_SECURITY));
    assertEquals(harness.ldapSearches.get(), r.calls().sent(Service.ACTIVE_DIRECTORY));
    assertEquals(1, r.calls().minimum(Service.ACTIVE_DIRECTORY));
    assertEquals(harness.apex.requests.size(), r.calls().sent(Service.APEX_CENTRAL));
    assertEquals(1, harness.apex.investigations(), "one historical investigation with every criterion");
    for (Service s : Service.values()) {
      assertTrue(r.calls().sent(s) <= Math.ceil(1.1 * r.calls().minimum(s)), s + " " + r.calls());
    }
    assertEquals(1000, harness.cas.requests.stream().map(q -> q.getUrl().queryParameter("limit")).filter(l -> l != null)
        .mapToInt(Integer::parseInt).max().orElse(0));
  }

  @Test
  void oneInvestigationCarriesEveryCriterionJoinedByOr() throws Exception {
    start(0).engine().run(Harness.email(Harness.subjectAndExtension("invoice", "iso"), AlertWhen.chainComplete));
    var payload = harness.apex.criteria.get(0);
    assertEquals("or", payload.path("criteria").path("operator").asString());
    List<Integer> types = payload.path("criteria").path("item").valueStream().map(i -> i.path("typeId").asInt()).toList();
    assertEquals(List.of(3, 8, 8, 7), types);
    assertEquals(1, payload.path("searchPeriod").asInt(), "a 7-day window needs one month of history");
  }

  @Test
  void anEmptyResultIsACleanSuccess() throws Exception {
    QueryResult r = start(10).engine().run(Harness.email(Harness.subjectAndExtension("no such subject", "iso"), AlertWhen.chainComplete));
    assertEquals(QueryResult.Status.CLEAN, r.status());
    assertEquals(List.of(), r.findings());
    assertEquals(List.of(), r.missing());
    assertEquals(0, harness.apex.requests.size(), "no mail, so nothing to look for on endpoints");
    assertEquals(2, harness.cas.sweeps(), "the sweep, then one probe that shows the tenant has mail");
  }

  @Test
  void noExchangePolicyOnIsSaidInsteadOfNothingFound() throws Exception {
    start(10);
    harness.cas.policiesOn = false;
    QueryResult r = harness.engine().run(Harness.email(Harness.subjectAndExtension("invoice", "iso"), AlertWhen.chainComplete));
    assertEquals(QueryResult.Status.PREREQUISITE_MISSING, r.status());
    assertEquals(Service.CLOUD_APP_SECURITY, r.missing().get(0).service());
    assertTrue(r.missing().get(0).problem().contains("no Default Exchange Policy (ATP or DLP) is ON"), r.missing().toString());
  }

  @Test
  void aRefusedEndpointSensorIsSaidInsteadOfNothingFound() throws Exception {
    start(0);
    harness.apex.licensed = false;
    QueryResult r = harness.engine().run(Harness.email(Harness.subjectAndExtension("invoice", "iso"), AlertWhen.chainComplete));
    assertEquals(QueryResult.Status.PREREQUISITE_MISSING, r.status());
    assertEquals(Service.APEX_CENTRAL, r.missing().get(0).service());
    assertTrue(r.missing().get(0).problem().contains("Endpoint Sensor refused"), r.missing().toString());
  }

  @Test
  void aTokenWithoutTheApiTypeIsAPrerequisite() throws Exception {
    start(0);
    harness.cas.status = 403;
    QueryResult r = harness.engine().run(Harness.email(Harness.subjectAndExtension("invoice", "iso"), AlertWhen.chainComplete));
    assertEquals(QueryResult.Status.PREREQUISITE_MISSING, r.status());
    assertTrue(r.missing().get(0).problem().contains("Email message"), r.missing().toString());
  }

  @Test
  void anyActivityReportsIndicatorActivityWithoutMailButNeverAsCompleteChain() throws Exception {
    QueryResult r = start(0).engine().run(Harness.query(Harness.indicator(Optional.empty(), Optional.of("acme-sso-login.example")), AlertWhen.anyActivity));
    assertFalse(r.findings().isEmpty());
    assertTrue(r.findings().stream().filter(f -> f.chain().complete()).allMatch(f -> f.chain().endpoint().orElseThrow().hostName().equals("FIN-LT-0042")));
  }
}
