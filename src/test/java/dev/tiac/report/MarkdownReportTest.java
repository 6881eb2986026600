package dev.tiac.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.plan.SamplePlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  private static final Path GOLDEN = Path.of("src/test/resources/dev/tiac/report/mixed.md");
  private final String md = Reports.render(ReportFormat.MARKDOWN, SamplePlans.mixed());

  @Test
  void matchesTheGoldenComment() throws IOException {
    if (Boolean.getBoolean("golden.update") || !Files.exists(GOLDEN)) {
      Files.writeString(GOLDEN, md, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), md);
  }

  @Test
  void leadsWithTheSummaryLine() {
    assertTrue(md.startsWith("### tiac drift: corp-threat-investigations\n\n**8 of 10 resources drifted (4 critical).** "
        + "Plan: 1 to add, 4 to change, 2 to destroy, 1 manual, 1 check failing.\n"), md);
  }

  @Test
  void tablesDriftedResourcesWithEscapedPipes() {
    assertTrue(md.contains("| | resource | change | direction | details |\n|---|---|---|---|---|\n"), md);
    assertTrue(md.contains("| 🔴 | apexcentral.suspiciousObject\\[\"url:http://evil.example/a\\|b\"\\] | create | strengthening | + scanAction: \"block\" |"), md);
    assertTrue(md.contains("| 🟠 | cas.policy\\[\"Default Exchange Policy ATP\"\\] | update | weakening | \\~ status: \"ON\" -&gt; \"OFF\"; refused without an opt-in |"), md);
    for (String line : md.split("\n")) {
      if (line.startsWith("| ")) {
        assertEquals(7, line.split("(?<!\\\\)\\|", -1).length, line);
      }
    }
  }

  @Test
  void foldsDiffsAndRunbookStepsIntoDetails() {
    assertTrue(md.contains("<details><summary>cas.serviceAccount[\"exchangeOnline\"]</summary>\n\n```diff\n"
        + "+ administrator: \"admin@corp.example\"\n1. Open the Cloud App Security console.\n"), md);
    assertTrue(md.contains("<details><summary>2 resources in sync</summary>"), md);
  }

  @Test
  void fencesContentThatHoldsBackticks() {
    assertEquals("````", Markup.fence("a ``` b"));
    assertEquals("```", Markup.fence("plain"));
  }
}
