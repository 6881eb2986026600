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

  /** The control: the same check does see a text spilling out of its box and a page wider than the window. */
  @Test
  void theCheckSeesOverflowAndSidewaysScroll(@TempDir Path dir) throws Exception {
    String page = "<!DOCTYPE html><html><body><svg width=\"300\" height=\"40\"><g><rect x=\"0\" y=\"0\" width=\"60\" height=\"30\"/>"
        + "<text x=\"5\" y=\"20\">far too long for its box</text></g></svg><div style=\"width:2000px\">wide</div></body></html>";
    List<String> problems = BrowserLayout.problems(page, 1280, dir, "layout-control");
    assertEquals(2, problems.size(), problems.toString());
    assertEquals(true, problems.get(0).startsWith("horizontal scroll"), problems.toString());
    assertEquals(true, problems.get(1).startsWith("text overflows its box: \"far too long for its box\""), problems.toString());
  }
}
