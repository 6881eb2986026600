package dev.tiac.query.render;

import dev.tiac.plan.render.Printable;
import dev.tiac.query.Finding;
import dev.tiac.query.QueryResult;
import dev.tiac.time.ShownTime;
import java.util.List;

/**
 * One self-contained page (inline style, inline SVG, no script, no external reference) that draws
 * each finding's chain: mail → user → endpoint → process → destination, with the times.
 */
final class HtmlRenderer {
  private static final int BOX = 170;
  private static final int GAP = 40;

  private HtmlRenderer() {}

  static String render(List<QueryResult> results) {
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>tiac investigation results</title><style>"
        + "body{font:14px system-ui,sans-serif;margin:2em;color:#222}h2{margin-top:2em}"
        + ".why{color:#444;margin:.3em 0 1.5em}.missing{background:#fff3cd;padding:.6em}"
        + "svg text{font:12px system-ui,sans-serif}</style></head><body>\n<h1>Investigation results</h1>\n");
    int figure = 0;
    for (QueryResult r : results) {
      out.append("<h2>").append(esc(r.query().name())).append(" — ").append(esc(TableRenderer.status(r))).append("</h2>\n");
      out.append("<p>Window ").append(ShownTime.of(r.query().window().start())).append(" to ").append(ShownTime.of(r.query().window().end()))
          .append(", starting from ").append(esc(r.query().start().toString())).append(".</p>\n");
      r.missing().forEach(m -> out.append("<p class=\"missing\">Missing prerequisite (").append(esc(m.service().title()))
          .append("): ").append(esc(m.problem())).append("</p>\n"));
      for (Finding f : r.findings()) {
        out.append(svg(Steps.of(f.chain()), f.severity().name(), ++figure)).append('\n');
        out.append("<p class=\"why\">").append(esc(f.why())).append("</p>\n");
      }
      r.notes().forEach(n -> out.append("<p>Note: ").append(esc(n)).append("</p>\n"));
    }
    return out.append("</body></html>\n").toString();
  }

  /** {@code figure} keeps each picture's marker id unique on the page. */
  static String svg(Steps s, String severity, int figure) {
    String[][] boxes = {
        {"mail", s.mail(), s.mailTime()}, {"user", s.user(), ""}, {"endpoint", s.endpoint(), ""},
        {"process", s.process(), s.processDelay()}, {"destination", s.destination(), ""}};
    int width = boxes.length * BOX + (boxes.length - 1) * GAP + 20;
    StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + width
        + "\" height=\"110\" viewBox=\"0 0 " + width + " 110\"><title>" + esc(severity) + " attack chain</title>"
        + "<defs><marker id=\"arrow" + figure + "\" markerWidth=\"8\" markerHeight=\"8\" refX=\"7\" refY=\"4\" orient=\"auto\">"
        + "<path d=\"M0,0 L8,4 L0,8 z\" fill=\"#555\"/></marker></defs>");
    for (int i = 0; i < boxes.length; i++) {
      int x = 10 + i * (BOX + GAP);
      boolean present = !boxes[i][1].equals("—");
      svg.append("<rect x=\"").append(x).append("\" y=\"20\" width=\"").append(BOX).append("\" height=\"60\" rx=\"8\" fill=\"")
          .append(present ? "#e8f0fe" : "#f3f3f3").append("\" stroke=\"").append(present ? "#3b6fd8" : "#bbb").append("\"/>");
      svg.append("<text x=\"").append(x + 8).append("\" y=\"38\" font-weight=\"bold\">").append(boxes[i][0]).append("</text>");
      svg.append("<text x=\"").append(x + 8).append("\" y=\"56\">").append(esc(cut(boxes[i][1]))).append("</text>");
      svg.append("<text x=\"").append(x + 8).append("\" y=\"72\" fill=\"#666\">").append(esc(boxes[i][2])).append("</text>");
      if (i + 1 < boxes.length) {
        svg.append("<line x1=\"").append(x + BOX).append("\" y1=\"50\" x2=\"").append(x + BOX + GAP - 2)
            .append("\" y2=\"50\" stroke=\"#555\" marker-end=\"url(#arrow" + figure + ")\"/>");
      }
    }
    return svg.append("</svg>").toString();
  }

  private static String cut(String s) {
    return s.length() > 26 ? s.substring(0, 25) + "…" : s;
  }

  static String esc(String s) {
    return Printable.clean(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}
