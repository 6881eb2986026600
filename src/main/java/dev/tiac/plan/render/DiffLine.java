package dev.tiac.plan.render;

/**
 * One line of a drawn value diff: its marker, how deep it is nested and its text (already
 * {@link Printable#clean cleaned}). Views place them: the plan indents first as Terraform does,
 * a Markdown diff puts the marker first so that the page colours the line.
 */
public record DiffLine(Marker marker, int depth, String text) {
  /** What happens to the entry the line shows. */
  public enum Marker {
    ADD("+"),
    REMOVE("-"),
    CHANGE("~"),
    /** An unchanged entry, a closing bracket or a note of hidden entries. */
    NONE(" ");

    private final String symbol;

    Marker(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  private static final String STEP = "    ";

  /** The spaces before the marker. */
  public String indent() {
    return STEP.repeat(depth);
  }

  /** Indent, marker, text: {@code       + "WIN_2019",}. */
  public String indented() {
    return STEP.repeat(depth) + marker.symbol + " " + text;
  }

  /** Marker, indent, text: {@code +     "WIN_2019",}, for diff views that colour by the first column. */
  public String markerFirst() {
    return marker.symbol + " " + STEP.repeat(depth) + text;
  }
}
