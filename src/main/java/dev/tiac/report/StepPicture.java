package dev.tiac.report;

import dev.tiac.contract.Change;
import dev.tiac.contract.SetupStep;
import dev.tiac.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The setup procedure as an inline SVG: one box per step, in order, coloured by the worst status
 * of its resources, with the suspicious objects and blocked lists alongside.
 */
final class StepPicture {
  static final String GREEN = "#2e7d32";
  static final String AMBER = "#e08600";
  static final String RED = "#c62828";
  static final String GREY = "#8a8a8a";
  static final String SLATE = "#546e7a";

  private static final int WIDTH = 128;
  private static final int GAP = 18;
  private static final int HEIGHT = 124;
  private static final int TOP = 10;

  private StepPicture() {}

  static String svg(Plan plan, Steps steps) {
    StringBuilder svg = new StringBuilder();
    List<SetupStep> procedure = steps.all().stream().filter(s -> !s.alongside()).toList();
    // One row of boxes for the procedure, with a margin, and those alongside it below.
    int width = 10 + procedure.size() * (WIDTH + GAP) - GAP;
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(" 300\" width=\"100%\" style=\"max-width:")
        .append(width).append("px\" role=\"img\" aria-label=\"State of each step of the setup procedure\">\n");
    for (int i = 0; i < procedure.size(); i++) {
      int x = 5 + i * (WIDTH + GAP);
      box(svg, plan, steps, procedure.get(i), x, TOP, WIDTH, String.valueOf(i + 1));
      if (i < procedure.size() - 1) {
        int ax = x + WIDTH + 2;
        int ay = TOP + HEIGHT / 2;
        svg.append("  <path d=\"M").append(ax).append(' ').append(ay).append(" h").append(GAP - 8).append(" l-5 -5 m5 5 l-5 5\" ")
            .append("stroke=\"#555\" stroke-width=\"2\" fill=\"none\"/>\n");
      }
    }
    int alongsideY = TOP + HEIGHT + 36;
    svg.append("  <text x=\"5\" y=\"").append(alongsideY - 10).append("\" font-size=\"14\" fill=\"#333\">Alongside the procedure</text>\n");
    List<SetupStep> alongside = steps.all().stream().filter(SetupStep::alongside).toList();
    for (int i = 0; i < alongside.size(); i++) {
      box(svg, plan, steps, alongside.get(i), 5 + i * (2 * WIDTH + 2 * GAP), alongsideY, 2 * WIDTH + GAP, "+");
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static void box(StringBuilder svg, Plan plan, Steps steps, SetupStep step, int x, int y, int width, String number) {
    Optional<ResourceStatus> status = steps.status(step, plan);
    List<Change> changes = steps.changes(step, plan);
    long drifted = changes.stream().filter(c -> ResourceStatus.of(c).drifted()).count();
    svg.append("  <g class=\"step\" data-step=\"").append(step.id()).append("\" data-status=\"")
        .append(status.map(ResourceStatus::word).orElse("absent")).append("\">\n");
    svg.append("    <rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width).append("\" height=\"")
        .append(HEIGHT).append("\" rx=\"10\" fill=\"").append(colour(status)).append("\"/>\n");
    int cx = x + width / 2;
    text(svg, cx, y + 24, 15, true, number.equals("+") ? "" : "Step " + number);
    List<String> title = wrap(step.title(), width > WIDTH ? 34 : 15);
    for (int i = 0; i < title.size(); i++) {
      text(svg, cx, y + 48 + i * 18, 15, true, title.get(i));
    }
    String state = status.map(s -> switch (s) {
      case IN_SYNC -> "in sync";
      case UNVERIFIED -> "unverified";
      case DRIFT -> "drift";
      case CRITICAL -> "CRITICAL";
    }).orElse("not declared");
    text(svg, cx, y + HEIGHT - 30, 14, status.orElse(ResourceStatus.IN_SYNC) == ResourceStatus.CRITICAL, state);
    text(svg, cx, y + HEIGHT - 12, 13, false, changes.isEmpty() ? "" : drifted + " of " + changes.size() + " drifted");
    svg.append("  </g>\n");
  }

  private static void text(StringBuilder svg, int x, int y, int size, boolean bold, String text) {
    if (text.isEmpty()) {
      return;
    }
    svg.append("    <text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
        .append("\" text-anchor=\"middle\" fill=\"#fff\"").append(bold ? " font-weight=\"bold\"" : "").append(">")
        .append(Markup.xml(text)).append("</text>\n");
  }

  static String colour(Optional<ResourceStatus> status) {
    return status.map(s -> switch (s) {
      case IN_SYNC -> GREEN;
      case UNVERIFIED -> SLATE;
      case DRIFT -> AMBER;
      case CRITICAL -> RED;
    }).orElse(GREY);
  }

  private static List<String> wrap(String title, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : title.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
