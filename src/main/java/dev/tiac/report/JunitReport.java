package dev.tiac.report;

import dev.tiac.contract.Change;
import dev.tiac.plan.Plan;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI dashboards: a test suite per service (the type's prefix: clp, cas, apexcentral,
 * apexone), a test case per resource, a failure with the attribute diffs for each drifted one, and
 * a skipped case, saying why, for each one no API could verify (an unknown check, an attested setting).
 */
final class JunitReport implements ReportWriter {
  @Override
  public void write(Plan plan, ReportContext context, Writer out) {
    Map<String, List<Change>> suites = new LinkedHashMap<>();
    plan.changes().stream().sorted((a, b) -> a.address().compareTo(b.address()))
        .forEach(c -> suites.computeIfAbsent(service(c), s -> new java.util.ArrayList<>()).add(c));
    DriftSummary summary = DriftSummary.of(plan);
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites name=\"tiac drift ").append(Markup.xml(plan.setup())).append("\" tests=\"").append(summary.resources())
        .append("\" failures=\"").append(summary.drifted()).append("\" errors=\"0\" skipped=\"").append(summary.unverified())
        .append("\" time=\"0\">\n");
    suites.forEach((service, changes) -> suite(xml, service, changes, context));
    xml.append("</testsuites>\n");
    Output.write(out, xml.toString());
  }

  private static void suite(StringBuilder xml, String service, List<Change> changes, ReportContext context) {
    long failures = changes.stream().filter(c -> ResourceStatus.of(c).drifted()).count();
    long skipped = changes.stream().filter(c -> ResourceStatus.of(c) == ResourceStatus.UNVERIFIED).count();
    xml.append("  <testsuite name=\"").append(Markup.xml(service)).append("\" tests=\"").append(changes.size())
        .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"").append(skipped).append("\" time=\"0\"");
    context.generatedAt().ifPresent(t -> xml.append(" timestamp=\"")
        .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t.atOffset(ZoneOffset.UTC))).append("\""));
    xml.append(">\n");
    for (Change change : changes) {
      xml.append("    <testcase name=\"").append(Markup.xml(change.address().toString())).append("\" classname=\"")
          .append(Markup.xml(change.address().kind().type())).append("\" time=\"0\"");
      ResourceStatus status = ResourceStatus.of(change);
      if (status == ResourceStatus.IN_SYNC) {
        xml.append("/>\n");
        continue;
      }
      if (status == ResourceStatus.UNVERIFIED) {
        xml.append(">\n      <skipped message=\"").append(Markup.xml(DriftDetails.headline(change))).append("\">")
            .append(Markup.xml(String.join("\n", DriftDetails.lines(change)))).append("</skipped>\n    </testcase>\n");
        continue;
      }
      xml.append(">\n      <failure message=\"").append(Markup.xml(DriftDetails.headline(change))).append("\" type=\"")
          .append(status.word()).append("\">").append(Markup.xml(String.join("\n", DriftDetails.lines(change))))
          .append("</failure>\n    </testcase>\n");
    }
    xml.append("  </testsuite>\n");
  }

  private static String service(Change change) {
    String type = change.address().kind().type();
    return type.substring(0, type.indexOf('.'));
  }
}
