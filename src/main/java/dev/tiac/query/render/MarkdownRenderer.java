package dev.tiac.query.render;

import dev.tiac.plan.render.Printable;
import dev.tiac.query.Finding;
import dev.tiac.query.QueryResult;
import dev.tiac.time.ShownTime;
import java.util.List;

/** Markdown for a pull request comment or a ticket. */
final class MarkdownRenderer {
  private MarkdownRenderer() {}

  static String render(List<QueryResult> results) {
    StringBuilder out = new StringBuilder("# Investigation results\n\n");
    for (QueryResult r : results) {
      out.append("## ").append(esc(r.query().name())).append(" — ").append(TableRenderer.status(r)).append("\n\n");
      out.append("Window ").append(ShownTime.of(r.query().window().start())).append(" to ").append(ShownTime.of(r.query().window().end()))
          .append("; starting from ").append(esc(r.query().start().toString())).append(".\n\n");
      r.missing().forEach(m -> out.append("> **Missing prerequisite (").append(m.service().title()).append("):** ")
          .append(esc(m.problem())).append("\n\n"));
      if (!r.findings().isEmpty()) {
        out.append("| severity | mail | user | endpoint | process | destination |\n|---|---|---|---|---|---|\n");
        for (Finding f : r.findings()) {
          Steps s = Steps.of(f.chain());
          out.append("| ").append(f.severity()).append(" | ").append(esc(s.mail())).append(" | ").append(esc(s.user()))
              .append(" | ").append(esc(s.endpoint())).append(" | ").append(esc(s.process())).append(' ')
              .append(s.processDelay()).append(" | ").append(esc(s.destination())).append(" |\n");
        }
        out.append('\n');
        r.findings().forEach(f -> out.append("- ").append(esc(f.why())).append('\n'));
        out.append('\n');
      }
      r.notes().forEach(n -> out.append("- note: ").append(esc(n)).append('\n'));
      out.append('\n');
    }
    return out.toString();
  }

  /** Keeps mail subjects and command lines from breaking tables or turning into markup. */
  static String esc(String s) {
    return Printable.clean(s.replace("\n", " ")).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
        .replace("`", "\\`").replace("*", "\\*").replace("_", "\\_");
  }
}
