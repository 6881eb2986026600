package dev.tiac.report;

import dev.tiac.query.check.CaseOutcome;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JUnit XML for {@code tiac query test --junit FILE}: a test suite per investigation, a test case
 * per case with its time in seconds, and a failure listing what differed, as CI dashboards show tests.
 */
public final class QueryTestsJunit {
  private QueryTestsJunit() {}

  public static void write(List<CaseOutcome> outcomes, Instant startedAt, Writer out) {
    Map<String, List<CaseOutcome>> suites = new LinkedHashMap<>();
    outcomes.forEach(o -> suites.computeIfAbsent(o.investigation(), i -> new ArrayList<>()).add(o));
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites name=\"tiac query test\" tests=\"").append(outcomes.size()).append("\" failures=\"")
        .append(failures(outcomes)).append("\" errors=\"0\" skipped=\"0\" time=\"").append(seconds(total(outcomes))).append("\">\n");
    String timestamp = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(startedAt.atOffset(ZoneOffset.UTC).withNano(0));
    suites.forEach((investigation, cases) -> {
      xml.append("  <testsuite name=\"").append(Markup.xml(investigation)).append("\" tests=\"").append(cases.size())
          .append("\" failures=\"").append(failures(cases)).append("\" errors=\"0\" skipped=\"0\" time=\"")
          .append(seconds(total(cases))).append("\" timestamp=\"").append(timestamp).append("\">\n");
      for (CaseOutcome c : cases) {
        xml.append("    <testcase name=\"").append(Markup.xml(c.name())).append("\" classname=\"").append(Markup.xml(investigation))
            .append("\" time=\"").append(seconds(c.took())).append('"');
        if (c.passed()) {
          xml.append("/>\n");
        } else {
          xml.append(">\n      <failure message=\"").append(Markup.xml(c.problems().get(0))).append("\" type=\"mismatch\">")
              .append(Markup.xml(String.join("\n", c.problems()))).append("</failure>\n    </testcase>\n");
        }
      }
      xml.append("  </testsuite>\n");
    });
    xml.append("</testsuites>\n");
    Output.write(out, xml.toString());
  }

  private static long failures(List<CaseOutcome> cases) {
    return cases.stream().filter(c -> !c.passed()).count();
  }

  private static Duration total(List<CaseOutcome> cases) {
    return cases.stream().map(CaseOutcome::took).reduce(Duration.ZERO, Duration::plus);
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
  }
}
