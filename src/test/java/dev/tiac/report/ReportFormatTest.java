package dev.tiac.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.plan.SamplePlans;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
  @Test
  void parsesSeveralFormatsInTheOrderGivenWithoutRepeats() {
    assertEquals(List.of(ReportFormat.SARIF, ReportFormat.JSON, ReportFormat.HTML), ReportFormat.parseList("sarif, json,HTML,json"));
  }

  @Test
  void namesTheKnownFormatsWhenOneIsUnknown() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportFormat.parseList("json,xml"));
    assertEquals("unknown report format \"xml\"; expected one of json, junit, sarif, markdown, html, codequality", e.getMessage());
  }

  @Test
  void writesNoTimestampUnlessAClockIsGiven() {
    for (ReportFormat format : ReportFormat.values()) {
      String untimed = Reports.render(format, SamplePlans.mixed());
      assertEquals(untimed, Reports.render(format, SamplePlans.mixed()), format.id());
      assertFalse(untimed.contains("2026-11-29"), format.id());
      // People read seconds in UTC; machine formats keep ISO 8601.
      boolean people = format == ReportFormat.MARKDOWN || format == ReportFormat.HTML;
      String timed = Reports.render(format, SamplePlans.mixed(), Reports.TIMED);
      assertTrue(timed.contains(people ? "2026-11-29 03:15:42Z" : "2026-11-29T03:15:42"), format.id());
    }
  }

  @Test
  void countsDriftAsActionsAndChecksThatDoNotPass() {
    DriftSummary summary = DriftSummary.of(SamplePlans.mixed());
    assertEquals(new DriftSummary(10, 2, 8, 4, 2, 1, 0), summary);
    assertEquals("8 of 10 resources drifted (4 critical).", summary.headline());
    assertEquals("All 2 resources are in sync.", DriftSummary.of(SamplePlans.inSync()).headline());
  }

  @Test
  void neverWritesASecretValue() {
    for (ReportFormat format : ReportFormat.values()) {
      String report = Reports.render(format, SamplePlans.mixed());
      assertTrue(report.contains("password"), format.id());
      // The JSON report carries the schema's marker, the others the words the plan prints.
      assertTrue(report.contains("(sensitive)") || report.contains("(sensitive value)"), format.id());
    }
  }
}
