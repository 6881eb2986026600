package dev.tiac.report;

import dev.tiac.plan.Plan;
import dev.tiac.providers.Kinds;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Renders reports for the tests. */
final class Reports {
  static final ReportContext CONTEXT = ReportContext.of("0.1.0", List.of("tiac.yaml"), Kinds.registry());
  static final ReportContext TIMED = CONTEXT.at(Clock.fixed(Instant.parse("2026-11-29T03:15:42.123Z"), ZoneOffset.UTC));

  private Reports() {}

  static String render(ReportFormat format, Plan plan) {
    return render(format, plan, CONTEXT);
  }

  static String render(ReportFormat format, Plan plan, ReportContext context) {
    StringWriter out = new StringWriter();
    format.writer().write(plan, context, out);
    return out.toString();
  }
}
