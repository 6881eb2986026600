package dev.tiac.report;

import dev.tiac.contract.Change;
import dev.tiac.plan.Plan;
import dev.tiac.plan.render.ChangeVocabulary;
import dev.tiac.plan.render.DiffLine;
import dev.tiac.time.ShownTime;
import java.io.Writer;
import java.util.List;

/**
 * A pull-request comment: the headline and summary line, a table of drifted resources, and the
 * attribute diffs and runbook steps folded into {@code <details>} so the comment stays short.
 */
final class MarkdownReport implements ReportWriter {
  @Override
  public void write(Plan plan, ReportContext context, Writer out) {
    DriftSummary summary = DriftSummary.of(plan);
    StringBuilder md = new StringBuilder();
    md.append("### tiac drift: ").append(Markup.markdown(plan.setup())).append("\n\n");
    md.append(summary.hasDrift() ? "**" : "").append(Markup.markdown(summary.headline())).append(summary.hasDrift() ? "**" : "")
        .append(" ").append(Markup.markdown(plan.summary())).append("\n\n");
    List<Change> drifted = sorted(plan).stream().filter(c -> ResourceStatus.of(c) != ResourceStatus.IN_SYNC)
        .sorted(ReportOrder.WORST_FIRST).toList();
    if (!drifted.isEmpty()) {
      md.append("| | resource | change | direction | details |\n|---|---|---|---|---|\n");
      drifted.forEach(c -> row(md, c));
      md.append("\n");
      drifted.stream().filter(c -> !DriftDetails.lines(c).isEmpty()).forEach(c -> details(md, c));
    }
    List<Change> inSync = sorted(plan).stream().filter(c -> ResourceStatus.of(c) == ResourceStatus.IN_SYNC).toList();
    if (!inSync.isEmpty()) {
      md.append("<details><summary>").append(inSync.size()).append(" resource").append(inSync.size() == 1 ? "" : "s")
          .append(" in sync</summary>\n\n");
      inSync.forEach(c -> md.append("- ").append(Markup.markdown(c.address().toString())).append("\n"));
      md.append("\n</details>\n\n");
    }
    plan.warnings().forEach(w -> md.append("> **Warning:** ").append(Markup.markdown(w)).append("\n"));
    md.append(plan.warnings().isEmpty() ? "" : "\n");
    md.append("<sub>tiac ").append(Markup.markdown(context.toolVersion()));
    context.generatedAt().ifPresent(t -> md.append(" · ").append(ShownTime.of(t)));
    md.append(" · ").append(Markup.markdown(String.join(", ", context.files()))).append("</sub>\n");
    Output.write(out, md.toString());
  }

  private static void row(StringBuilder md, Change c) {
    ResourceStatus status = ResourceStatus.of(c);
    String badge = switch (status) {
      case CRITICAL -> "🔴";
      case DRIFT -> "🟠";
      case UNVERIFIED, IN_SYNC -> "⚪";
    };
    String details = c.check().map(o -> o.evidence()).or(c::consequence)
        .orElseGet(() -> c.attributes().isEmpty() ? c.unverified().map(u -> u.describe()).orElse("") : attributes(c));
    if (c.isAction() && c.isRefused()) {
      details += "; refused without an opt-in";
    }
    md.append("| ").append(badge).append(" | ").append(Markup.markdown(c.address().toString()))
        .append(" | ").append(c.check().isPresent() && !c.isAction() ? "check " + c.check().get().status().name().toLowerCase(java.util.Locale.ROOT)
            : c.isAction() ? ChangeVocabulary.action(c.kind()) : "unverified")
        .append(" | ").append(c.isAction() ? ChangeVocabulary.direction(c.direction()) : "")
        .append(" | ").append(Markup.markdown(details)).append(" |\n");
  }

  /** The first two attribute diffs, which is all most drift has. */
  private static String attributes(Change c) {
    String shown = c.attributes().stream().limit(2).map(DriftDetails::attribute).collect(java.util.stream.Collectors.joining("; "));
    return c.attributes().size() > 2 ? shown + "; and " + (c.attributes().size() - 2) + " more" : shown;
  }

  private static void details(StringBuilder md, Change c) {
    // Marker first: the page colours a diff fence's lines by their first column.
    String body = String.join("\n", DriftDetails.lines(c, Integer.MAX_VALUE, DiffLine::markerFirst));
    String fence = Markup.fence(body);
    md.append("<details><summary>").append(Markup.htmlText(c.address().toString())).append("</summary>\n\n")
        .append(fence).append("diff\n").append(body).append("\n").append(fence).append("\n\n</details>\n\n");
  }

  private static List<Change> sorted(Plan plan) {
    return plan.changes().stream().sorted((a, b) -> a.address().compareTo(b.address())).toList();
  }
}
