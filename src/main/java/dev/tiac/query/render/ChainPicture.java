package dev.tiac.query.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The chain mail → user → endpoint → process → destination as boxes joined by arrows. Text is set
 * in a monospaced face, so a box sized from its longest line holds it: long values wrap onto up to
 * three lines instead of spilling out. The SVG scales down to the page, never past it.
 */
final class ChainPicture {
  /** Advance of one character of the 12 px monospaced face (0.6 em), with a margin for fallback fonts. */
  static final double CHAR = 7.4;
  static final int PAD = 10;
  static final int LINE = 16;
  static final int MAX_CHARS = 30;
  private static final int GAP = 34;

  private ChainPicture() {}

  static String svg(Steps s, String severity, int figure) {
    String[][] stations = {
        {"mail", s.mail(), s.mailTime()}, {"user", s.user(), ""}, {"endpoint", s.endpoint(), ""},
        {"process", s.process(), s.processDelay()}, {"destination", s.destination(), ""}};
    List<List<String>> texts = new ArrayList<>();
    int lines = 1;
    for (String[] station : stations) {
      List<String> body = new ArrayList<>(wrap(station[1], MAX_CHARS, 3));
      if (!station[2].isEmpty()) {
        body.add(station[2]);
      }
      texts.add(body);
      lines = Math.max(lines, body.size());
    }
    int height = PAD * 2 + LINE * (lines + 1);
    int x = 0;
    StringBuilder boxes = new StringBuilder();
    for (int i = 0; i < stations.length; i++) {
      int chars = stations[i][0].length();
      for (String line : texts.get(i)) {
        chars = Math.max(chars, line.length());
      }
      int width = (int) Math.ceil(chars * CHAR) + 2 * PAD;
      boolean present = !stations[i][1].equals("—");
      boxes.append("<g><rect x=\"").append(x).append("\" y=\"1\" width=\"").append(width).append("\" height=\"").append(height - 2)
          .append("\" rx=\"8\" fill=\"").append(present ? "#e8f0fe" : "#f3f3f3").append("\" stroke=\"").append(present ? "#3b6fd8" : "#bbb")
          .append("\"/>");
      boxes.append(text(x + PAD, PAD + LINE - 3, width - 2 * PAD, "font-weight=\"bold\"", stations[i][0]));
      List<String> body = texts.get(i);
      for (int l = 0; l < body.size(); l++) {
        boolean delay = !stations[i][2].isEmpty() && l == body.size() - 1;
        boxes.append(text(x + PAD, PAD + LINE * (l + 2) - 3, width - 2 * PAD, delay ? "fill=\"#666\"" : "", body.get(l)));
      }
      boxes.append("</g>");
      x += width;
      if (i + 1 < stations.length) {
        boxes.append("<line x1=\"").append(x).append("\" y1=\"").append(height / 2).append("\" x2=\"").append(x + GAP - 3).append("\" y2=\"")
            .append(height / 2).append("\" stroke=\"#555\" marker-end=\"url(#arrow").append(figure).append(")\"/>");
        x += GAP;
      }
    }
    int width = x + 1;
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width
        + " " + height + "\"><title>" + HtmlRenderer.esc(severity) + " attack chain</title><defs><marker id=\"arrow" + figure
        + "\" markerWidth=\"8\" markerHeight=\"8\" refX=\"7\" refY=\"4\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"#555\"/></marker></defs>"
        + boxes + "</svg>";
  }

  /** {@code data-fit} is the room the text has, for the layout test to measure against. */
  private static String text(int x, int y, int room, String attributes, String content) {
    return "<text x=\"" + x + "\" y=\"" + y + "\" data-fit=\"" + room + "\"" + (attributes.isEmpty() ? "" : " " + attributes) + ">"
        + HtmlRenderer.esc(content) + "</text>";
  }

  /** Up to {@code maxLines} lines of at most {@code width} characters, broken at spaces where possible; the last ends in … if cut. */
  static List<String> wrap(String text, int width, int maxLines) {
    List<String> lines = new ArrayList<>();
    String rest = text.strip();
    while (!rest.isEmpty() && lines.size() < maxLines) {
      if (rest.length() <= width) {
        lines.add(rest);
        rest = "";
        break;
      }
      int cut = rest.lastIndexOf(' ', width);
      if (cut < width / 2) {
        cut = width;
      }
      lines.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      String last = lines.get(lines.size() - 1);
      lines.set(lines.size() - 1, (last.length() >= width ? last.substring(0, width - 1) : last) + "…");
    }
    return lines;
  }
}
