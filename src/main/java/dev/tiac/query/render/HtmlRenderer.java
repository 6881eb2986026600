package dev.tiac.query.render;

import dev.tiac.query.Explanation;
import dev.tiac.plan.render.Printable;
import dev.tiac.query.Finding;
import dev.tiac.query.QueryResult;
import dev.tiac.time.ShownTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One self-contained page (inline style, inline SVG, no script, no external reference) that works
 * offline and prints: per finding, a severity badge, the chain mail → user → endpoint → process →
 * destination as boxes sized to their text, a timeline from the delivery to the last endpoint event
 * with the delays, and the explanation as a short list. Times read in the reader's zone, UTC on hover.
 */
final class HtmlRenderer {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm:ss z", Locale.ENGLISH);
  private static final String STYLE = """
      body{font:15px/1.45 system-ui,"Liberation Sans",Arial,sans-serif;margin:24px auto;max-width:1180px;padding:0 16px;color:#222;background:#fff}
      h1{font-size:24px}h2{font-size:19px;margin:28px 0 4px}
      .meta{color:#555;margin:0 0 12px}.missing{background:#fff3cd;padding:8px 12px;border-radius:6px}
      article{border:1px solid #ddd;border-left:6px solid var(--sev);border-radius:8px;padding:12px 16px;margin:14px 0;break-inside:avoid}
      .badge{display:inline-block;background:var(--sev);color:#fff;font-weight:bold;border-radius:10px;padding:1px 10px;font-size:13px;text-transform:uppercase}
      .info{--sev:#6c757d}.low{--sev:#2f6fdd}.medium{--sev:#b7791f}.high{--sev:#d9480f}.critical{--sev:#b00020}
      svg{display:block;max-width:100%;height:auto;margin:10px 0}
      svg text{font:12px "DejaVu Sans Mono","Liberation Mono",ui-monospace,monospace}
      ul.why{margin:6px 0 0 0;padding-left:20px}ul.why li{margin:2px 0;overflow-wrap:anywhere}
      time{border-bottom:1px dotted #999}
      @media print{body{margin:0;max-width:none}article{border-left-width:4px}.badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
      """;

  private HtmlRenderer() {}

  static String render(List<QueryResult> results, ZoneId zone) {
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>tiac investigation results</title><style>")
        .append(STYLE).append("</style></head><body>\n<h1>Investigation results</h1>\n");
    int figure = 0;
    for (QueryResult r : results) {
      out.append("<h2>").append(esc(r.query().name())).append(" — ").append(esc(TableRenderer.status(r))).append("</h2>\n");
      out.append("<p class=\"meta\">Mail delivered from ").append(time(r.query().window().start(), zone)).append(" to ")
          .append(time(r.query().window().end(), zone)).append("; starting from ").append(esc(r.query().start().toString())).append(".</p>\n");
      r.missing().forEach(m -> out.append("<p class=\"missing\">Missing prerequisite (").append(esc(m.service().title()))
          .append("): ").append(esc(m.problem())).append("</p>\n"));
      int n = 0;
      for (Finding f : r.findings()) {
        String severity = f.severity().name().toLowerCase(Locale.ROOT);
        out.append("<article class=\"").append(severity).append("\"><span class=\"badge\">").append(severity).append("</span> finding ")
            .append(++n).append(" of ").append(r.findings().size()).append('\n');
        out.append(ChainPicture.svg(Steps.of(f.chain()), severity, ++figure)).append('\n');
        Timeline.svg(f.chain(), ++figure).ifPresent(t -> out.append(t).append('\n'));
        out.append("<ul class=\"why\">");
        Explanation.parts(f.chain()).forEach(p -> out.append("<li>").append(esc(p)).append("</li>"));
        out.append("</ul></article>\n");
      }
      r.notes().forEach(note -> out.append("<p>Note: ").append(esc(note)).append("</p>\n"));
    }
    return out.append("</body></html>\n").toString();
  }

  /** A time in the reader's zone, with UTC on hover. */
  static String time(Instant at, ZoneId zone) {
    // HTML's datetime takes the space-separated form too, the one people read.
    return "<time datetime=\"" + ShownTime.of(at) + "\" title=\"" + ShownTime.of(at) + " (UTC)\">" + esc(LOCAL.format(at.atZone(zone))) + "</time>";
  }

  static String esc(String s) {
    return Printable.clean(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}
