package dev.tiac.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.plan.Plan;
import dev.tiac.plan.SamplePlans;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What no API could show is neither drift nor in sync in any report: an attested runbook setting
 * says per resource "not verifiable by API since" its attestation's day, and an unknown check is
 * reported as such, never as passing.
 */
class UnverifiedReportsTest {
  private static final String SINCE = "status not verifiable by API since 2026-12-01 (attested by ana)";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final Plan plan = SamplePlans.unverified();

  @Test
  void theSummaryCountsThemApartAndFindsNoDrift() {
    DriftSummary summary = DriftSummary.of(plan);
    assertEquals(new DriftSummary(3, 1, 0, 0, 0, 0, 2), summary);
    assertFalse(summary.hasDrift());
    assertFalse(plan.hasDrift());
    assertFalse(plan.isEmpty(), "not a clean bill of health: part of it is unverified");
    assertEquals("No drift in 3 resources; 2 unverified (not shown by any API, and not called passing).", summary.headline());
    assertEquals("Plan: 0 to add, 0 to change, 0 to destroy, 0 manual, 0 checks failing, 1 unknown, 1 not verifiable by API.", plan.summary());
  }

  @Test
  void everyFormatSaysWhatIsNotVerifiableAndSinceWhenWithoutNanoseconds() {
    for (ReportFormat format : ReportFormat.values()) {
      String report = Reports.render(format, plan);
      assertTrue(report.contains(SINCE), format.id() + ":\n" + report);
      assertFalse(report.contains("123456789") || report.contains("09:30:15.123"), format.id());
    }
  }

  @Test
  void eachFormatMarksThemUnverifiedInItsOwnTerms() {
    JsonNode json = JSON.readTree(Reports.render(ReportFormat.JSON, plan));
    assertEquals(2, json.path("summary").path("unverified").asInt());
    assertFalse(json.path("summary").path("drift").asBoolean());
    JsonNode policy = null;
    for (JsonNode r : json.path("resources")) {
      policy = r.path("change").path("type").asString().equals("cas.policy") ? r : policy;
    }
    assertEquals("unverified", policy.path("status").asString(), policy.toString());
    assertEquals("2026-12-01", policy.path("change").path("unverified").path("since").asString());
    assertEquals("ana", policy.path("change").path("unverified").path("attestedBy").asString());

    String junit = Reports.render(ReportFormat.JUNIT, plan);
    assertTrue(junit.contains("failures=\"0\" errors=\"0\" skipped=\"2\""), junit);
    assertTrue(junit.contains("<skipped message=\"unverified: " + SINCE + "\">"), junit);

    JsonNode sarif = JSON.readTree(Reports.render(ReportFormat.SARIF, plan)).path("runs").get(0).path("results");
    assertEquals(2, sarif.size());
    sarif.forEach(r -> assertEquals("note", r.path("level").asString(), r.toString()));
    assertTrue(sarif.toString().contains("tiac/unverified") && sarif.toString().contains("tiac/check-unknown"), sarif.toString());

    JsonNode quality = JSON.readTree(Reports.render(ReportFormat.CODEQUALITY, plan));
    quality.forEach(i -> assertEquals("info", i.path("severity").asString(), i.toString()));

    String html = Reports.render(ReportFormat.HTML, plan);
    assertTrue(html.contains("<p class=\"headline unverified\">"), html);
    assertTrue(html.contains("<span class=\"pill unverified\">unverified</span>"), html);
    assertFalse(html.contains("every check passes"), html);

    String markdown = Reports.render(ReportFormat.MARKDOWN, plan);
    assertTrue(markdown.contains("| ⚪ | cas.policy\\[\"Default Exchange Policy ATP\"\\] | unverified |"), markdown);
    assertTrue(markdown.contains("| ⚪ | clp.licence\\[\"cloudAppSecurity\"\\] | check unknown |"), markdown);
  }
}
