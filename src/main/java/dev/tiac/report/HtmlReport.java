package dev.tiac.report;

import dev.tiac.contract.Change;
import dev.tiac.plan.Plan;
import dev.tiac.plan.render.ChangeVocabulary;
import dev.tiac.time.ShownTime;
import java.io.Writer;
import java.util.List;

/**
 * One self-contained page a manager can read: the headline, a picture of the setup procedure
 * coloured by drift, the counts, then the list of drift. Inline CSS and SVG only; the page's
 * content security policy forbids loading anything, so it renders the same offline.
 */
final class HtmlReport implements ReportWriter {
  /** A failing endpoint check can name thousands of hosts; the page shows the first ones. */
  private static final int MAX_REMEDY = 20;

  private static final String CSS = """
      body{font-family:"Liberation Sans",Arial,Helvetica,sans-serif;margin:24px;color:#222;background:#fff}
      h1{font-size:26px;margin:0 0 8px}h2{font-size:19px;margin:28px 0 10px}
      .headline{font-size:22px;font-weight:bold;padding:10px 14px;border-radius:8px;color:#fff;display:inline-block}
      .headline.in-sync{background:#2e7d32}.headline.unverified{background:#546e7a}.headline.drift{background:#e08600}.headline.critical{background:#c62828}
      .counts{display:flex;gap:14px;list-style:none;padding:0;margin:14px 0}
      .counts li{border:1px solid #ccc;border-radius:8px;padding:8px 14px;font-size:15px}.counts b{font-size:22px;display:block}
      table{border-collapse:collapse;width:100%;font-size:14px}th,td{border-bottom:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top}
      .pill{color:#fff;border-radius:10px;padding:2px 8px;font-weight:bold;font-size:12px;white-space:nowrap}
      .pill.unverified{background:#546e7a}.pill.drift{background:#e08600}.pill.critical{background:#c62828}
      code,pre.diff{font-family:"Liberation Mono",monospace;font-size:13px;overflow-wrap:anywhere}ul.facts{margin:0;padding-left:18px}pre.diff{margin:0;white-space:pre-wrap}td:nth-child(2){min-width:18em}
      footer{margin-top:28px;color:#666;font-size:12px}
      """;

  @Override
  public void write(Plan plan, ReportContext context, Writer out) {
    DriftSummary summary = DriftSummary.of(plan);
    String overall = summary.critical() > 0 ? "critical" : summary.hasDrift() ? "drift" : summary.unverified() > 0 ? "unverified" : "in-sync";
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
    html.append("<title>tiac drift: ").append(Markup.xml(plan.setup())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    html.append("<h1>Threat Investigations setup: ").append(Markup.xml(plan.setup())).append("</h1>\n");
    html.append("<p class=\"headline ").append(overall).append("\">").append(Markup.xml(summary.headline())).append("</p>\n");
    html.append("<p>").append(Markup.xml(plan.summary())).append("</p>\n");
    html.append("<ul class=\"counts\">").append(count(summary.resources(), "resources")).append(count(summary.inSync(), "in sync"))
        .append(count(summary.drifted(), "drifted")).append(count(summary.critical(), "critical")).append(count(summary.unverified(), "unverified"))
        .append(count(summary.refused(), "refused without opt-in")).append(count(summary.checksFailing(), "checks failing")).append("</ul>\n");
    html.append("<h2>Setup procedure</h2>\n").append(StepPicture.svg(plan, context.steps()));
    List<Change> drifted = plan.changes().stream().sorted((a, b) -> a.address().compareTo(b.address()))
        .filter(c -> ResourceStatus.of(c) != ResourceStatus.IN_SYNC).sorted(ReportOrder.WORST_FIRST).toList();
    html.append("<h2>Drift</h2>\n");
    if (drifted.isEmpty()) {
      html.append("<p>None: the live services match the desired state and every check passes.</p>\n");
    } else if (drifted.stream().noneMatch(c -> ResourceStatus.of(c).drifted())) {
      html.append("<p>None shown. What no API could show is listed as unverified: it is not called passing.</p>\n");
      table(html, drifted);
    } else {
      table(html, drifted);
    }
    plan.warnings().forEach(w -> html.append("<p><b>Warning:</b> ").append(Markup.xml(w)).append("</p>\n"));
    html.append("<footer>tiac ").append(Markup.xml(context.toolVersion()));
    context.generatedAt().ifPresent(t -> html.append(" · generated ").append(ShownTime.of(t)));
    html.append(" · ").append(Markup.xml(String.join(", ", context.files()))).append("</footer>\n</body>\n</html>\n");
    Output.write(out, html.toString());
  }

  private static void table(StringBuilder html, List<Change> rows) {
    html.append("<table>\n<tr><th>status</th><th>resource</th><th>change</th><th>direction</th><th>details</th></tr>\n");
    rows.forEach(c -> row(html, c));
    html.append("</table>\n");
  }

  private static String count(int n, String label) {
    return "<li><b>" + n + "</b>" + label + "</li>";
  }

  private static void row(StringBuilder html, Change c) {
    ResourceStatus status = ResourceStatus.of(c);
    html.append("<tr><td><span class=\"pill ").append(status.word()).append("\">").append(status.word()).append("</span></td>")
        .append("<td><code>").append(Markup.xml(c.address().toString())).append("</code></td>")
        .append("<td>").append(ChangeVocabulary.action(c.kind())).append("</td>")
        .append("<td>").append(c.isAction() ? ChangeVocabulary.direction(c.direction()) : "").append("</td><td><ul class=\"facts\">");
    DriftDetails.attributeBlocks(c).forEach(block -> html.append("<li><pre class=\"diff\">").append(Markup.xml(block)).append("</pre></li>"));
    DriftDetails.facts(c, MAX_REMEDY).forEach(line -> html.append("<li>").append(Markup.xml(line)).append("</li>"));
    html.append("</ul></td></tr>\n");
  }
}
