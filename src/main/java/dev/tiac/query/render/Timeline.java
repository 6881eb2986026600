package dev.tiac.query.render;

import dev.tiac.query.Chain;
import dev.tiac.query.Durations;
import dev.tiac.query.Event;
import dev.tiac.time.ShownTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A finding's timeline: the delivery, then each endpoint event where it was first seen, on one
 * axis from the delivery to the last event, each marked with its delay after the delivery. Marks
 * that would overlap take turns on two label rows; the exact UTC time is in each mark's tooltip.
 */
final class Timeline {
  private static final int WIDTH = 1000;
  private static final int LEFT = 115;
  private static final int RIGHT = 115;
  private static final int AXIS = 44;
  private static final int LABEL_CHARS = 30;

  private Timeline() {}

  private record Mark(Instant at, String delay, String what) {}

  /** Nothing to draw without both a delivery and an event after it. */
  static Optional<String> svg(Chain chain, int figure) {
    if (chain.mail().isEmpty() || chain.events().isEmpty()) {
      return Optional.empty();
    }
    Instant delivered = chain.mail().get().delivered();
    List<Mark> marks = new ArrayList<>();
    marks.add(new Mark(delivered, "0", "mail delivered"));
    chain.events().stream().sorted(Comparator.comparing(Event::firstSeen)).forEach(e -> marks.add(new Mark(e.firstSeen(),
        e.afterDelivery().map(d -> "+" + Durations.format(d)).orElse(""), e.describe())));
    Instant last = marks.get(marks.size() - 1).at();
    long span = Math.max(1, Duration.between(delivered, last).toSeconds());
    StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + WIDTH + "\" height=\"120\" viewBox=\"0 0 "
        + WIDTH + " 120\"><title>timeline " + figure + ": from the delivery to the last endpoint event</title>");
    svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(AXIS).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(AXIS)
        .append("\" stroke=\"#888\" stroke-width=\"2\"/>");
    int previousX = -WIDTH;
    int row = 0;
    for (Mark m : marks) {
      long offset = Math.max(0, Duration.between(delivered, m.at()).toSeconds());
      int x = LEFT + (int) Math.round((double) offset / span * (WIDTH - LEFT - RIGHT));
      row = x - previousX < LABEL_CHARS * ChainPicture.CHAR + 8 ? 1 - row : 0;
      previousX = x;
      int labelY = AXIS + 30 + row * 32;
      svg.append("<g><title>").append(HtmlRenderer.esc(ShownTime.of(m.at()) + " (UTC): " + m.what())).append("</title>");
      svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(AXIS).append("\" r=\"6\" fill=\"")
          .append(m.delay().equals("0") ? "#3b6fd8" : "#d9480f").append("\"/>");
      svg.append("<line x1=\"").append(x).append("\" y1=\"").append(AXIS + 7).append("\" x2=\"").append(x).append("\" y2=\"").append(labelY - 12)
          .append("\" stroke=\"#ccc\"/>");
      svg.append("<text x=\"").append(x).append("\" y=\"").append(AXIS - 14).append("\" text-anchor=\"middle\" font-weight=\"bold\">")
          .append(HtmlRenderer.esc(m.delay().equals("0") ? ShownTime.of(m.at()).substring(11) : m.delay())).append("</text>");
      svg.append("<text x=\"").append(x).append("\" y=\"").append(labelY).append("\" text-anchor=\"middle\" data-fit=\"")
          .append((int) (LABEL_CHARS * ChainPicture.CHAR)).append("\">").append(HtmlRenderer.esc(ChainPicture.wrap(m.what(), LABEL_CHARS, 1).get(0)))
          .append("</text></g>");
    }
    return Optional.of(svg.append("</svg>").toString());
  }
}
