package dev.tiac.query.render;

import dev.tiac.plan.render.Printable;
import dev.tiac.query.Finding;
import dev.tiac.query.QueryResult;
import dev.tiac.query.source.Service;
import dev.tiac.time.ShownTime;
import java.util.List;

/** Plain text for a terminal: one block per investigation, one line per finding, then why. */
final class TableRenderer {
  /** Column widths: severity, mail, user, endpoint, activity. */
  private static final int[] WIDTHS = {8, 40, 14, 14, 50};
  private static final int WHY = 100;

  private TableRenderer() {}

  static String render(List<QueryResult> results) {
    StringBuilder out = new StringBuilder();
    for (QueryResult r : results) {
      out.append(r.query().name()).append(": ").append(status(r)).append('\n');
      out.append("  window ").append(ShownTime.of(r.query().window().start())).append(" .. ").append(ShownTime.of(r.query().window().end()))
          .append(", from ").append(Printable.clean(String.valueOf(r.query().start()))).append('\n');
      r.missing().forEach(m -> out.append("  missing (").append(m.service().title()).append("): ").append(Printable.clean(m.problem())).append('\n'));
      if (!r.findings().isEmpty()) {
        row(out, "SEVERITY", "MAIL", "USER", "ENDPOINT", "ACTIVITY");
      }
      for (Finding f : r.findings()) {
        Steps s = Steps.of(f.chain());
        row(out, f.severity().name(), s.mail(), s.user(), s.endpoint(), s.process() + (s.processDelay().isEmpty() ? "" : " " + s.processDelay()));
        List<String> why = ChainPicture.wrap(Printable.clean(f.why()), WHY, Integer.MAX_VALUE);
        for (int i = 0; i < why.size(); i++) {
          out.append(i == 0 ? "            why: " : "                 ").append(why.get(i)).append('\n');
        }
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

  /** One finding as a table row; a value wider than its column wraps onto the next lines of the row, never cut. */
  private static void row(StringBuilder out, String... cells) {
    List<List<String>> wrapped = new java.util.ArrayList<>();
    int lines = 1;
    for (int c = 0; c < cells.length; c++) {
      List<String> cell = ChainPicture.wrap(Printable.clean(cells[c]), WIDTHS[c], Integer.MAX_VALUE);
      wrapped.add(cell.isEmpty() ? List.of("") : cell);
      lines = Math.max(lines, wrapped.get(c).size());
    }
    for (int l = 0; l < lines; l++) {
      StringBuilder line = new StringBuilder(" ");
      for (int c = 0; c < cells.length; c++) {
        String text = l < wrapped.get(c).size() ? wrapped.get(c).get(l) : "";
        line.append(' ').append(c + 1 < cells.length ? String.format("%-" + WIDTHS[c] + "s ", text) : text);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
