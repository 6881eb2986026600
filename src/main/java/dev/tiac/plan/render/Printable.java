package dev.tiac.plan.render;

/**
 * Text from live services and files reaches a terminal, a report or a CI page: control characters
 * in it could move the cursor, recolour, ring or hide lines, and bidirectional overrides could make
 * one name read as another, so they are shown escaped ({@code \\u001b}) instead. The one escaping
 * function of every text format: the plan, the reports and the query renderers all call it.
 */
public final class Printable {
  private Printable() {}

  /** {@code text} with every unsafe character (see {@link #unsafe}) written as {@code \\uXXXX}. */
  public static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (unsafe(cp)) {
        out.append(escaped(cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  /**
   * C0 and C1 controls (escape, bell, line breaks too), the line and paragraph separators, and
   * format characters: the bidirectional overrides and isolates, zero-width joiners and marks.
   */
  public static boolean unsafe(int cp) {
    return Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || Character.getType(cp) == Character.FORMAT;
  }

  /** One code point as {@code \\uXXXX} (more digits above the basic plane). */
  public static String escaped(int cp) {
    return String.format("\\u%04x", cp);
  }

  /** A value in double quotes, as Terraform prints strings. */
  static String quoted(String value) {
    return "\"" + clean(value).replace("\"", "\\\"") + "\"";
  }
}
