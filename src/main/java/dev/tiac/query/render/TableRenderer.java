package dev.tiac.query.render;

import dev.tiac.plan.render.Printable;
import dev.tiac.query.Finding;
import dev.tiac.query.QueryResult;
import dev.tiac.query.source.Service;
import dev.tiac.time.ShownTime;
import java.util.List;

/** Plain text for a terminal: one block per investigation, one line per finding, then why. */
final class TableRenderer {
  private TableRenderer() {}

  static String render(List<QueryResult> results) {
    StringBuilder out = new StringBuilder();
    for (QueryResult r : results) {
      out.append(r.query().name()).append(": ").append(status(r)).append('\n');
      out.append("  window ").append(ShownTime.of(r.query().window().start())).append(" .. ").append(ShownTime.of(r.query().window().end()))
          .append(", from ").append(Printable.clean(String.valueOf(r.query().start()))).append('\n');
      r.missing().forEach(m -> out.append("  missing (").append(m.service().title()).append("): ").append(Printable.clean(m.problem())).append('\n'));
      if (!r.findings().isEmpty()) {
        out.append(String.format("  %-8s  %-40s  %-14s  %-14s  %s%n", "SEVERITY", "MAIL", "USER", "ENDPOINT", "ACTIVITY"));
      }
      for (Finding f : r.findings()) {
        Steps s = Steps.of(f.chain());
        out.append(String.format("  %-8s  %-40s  %-14s  %-14s  %s%n", f.severity(), cut(s.mail(), 40), cut(s.user(), 14),
            cut(s.endpoint(), 14), Printable.clean(s.process() + (s.processDelay().isEmpty() ? "" : " " + s.processDelay()))));
        out.append("            why: ").append(Printable.clean(f.why())).append('\n');
      }
      r.rejected().forEach(x -> out.append("  not joined: ").append(Printable.clean(x.hostName())).append(" \"").append(Printable.clean(x.value()))
          .append("\": ").append(Printable.clean(x.reason())).append('\n'));
      r.notes().forEach(n -> out.append("  note: ").append(Printable.clean(n)).append('\n'));
      out.append("  calls:");
      for (Service s : Service.values()) {
        out.append(' ').append(s.title()).append(' ').append(r.calls().sent(s)).append(" (minimum ").append(r.calls().minimum(s)).append(')');
      }
      out.append("\n\n");
    }
    return out.toString();
  }

  static String status(QueryResult r) {
    return switch (r.status()) {
      case MATCHED -> r.findings().size() + " finding(s)";
      case CLEAN -> "no findings";
      case PREREQUISITE_MISSING -> "cannot answer: a prerequisite is missing";
      case FAILED -> "failed";
    };
  }

  private static String cut(String raw, int n) {
    String s = Printable.clean(raw);
    return s.length() > n ? s.substring(0, n - 1) + "…" : s;
  }
}
