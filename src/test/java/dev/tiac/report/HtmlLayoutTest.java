package dev.tiac.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiac.plan.SamplePlans;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drift report at 1280 px in headless Chromium: no sideways scroll, no text outside its step box. */
class HtmlLayoutTest {
  @Test
  void theDriftPageFitsItsWidthAndItsBoxes(@TempDir Path dir) throws Exception {
    assertEquals(List.of(), BrowserLayout.problems(Reports.render(ReportFormat.HTML, SamplePlans.mixed()), 1280, dir, "drift-report"));
  }
}
