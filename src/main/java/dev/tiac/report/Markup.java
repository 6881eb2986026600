package dev.tiac.report;

import dev.tiac.plan.render.Printable;

/**
 * Escaping for the markup formats. Values come from files and live services, so every one of them
 * is escaped where it is written; control and bidirectional characters (and those XML 1.0 forbids)
 * are shown as {@link Printable} escapes instead of breaking the document or disguising a value.
 */
final class Markup {
  private Markup() {}

  /** Text for XML and HTML content and attribute values. */
  static String xml(String text) {
    return escape(text, true);
  }

  /** Text for HTML content inside markdown, where quotes may stay as they are and read better raw. */
  static String htmlText(String text) {
    return escape(text, false);
  }

  private static String escape(String text, boolean quotes) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(quotes ? "&quot;" : "\"");
        case '\'' -> out.append(quotes ? "&#39;" : "'");
        default -> {
          boolean layout = cp == '\t' || cp == '\n' || cp == '\r';
          if (layout || !(Printable.unsafe(cp) || cp == 0xfffe || cp == 0xffff)) {
            out.appendCodePoint(cp);
          } else {
            out.append(Printable.escaped(cp));
          }
        }
      }
    });
    return out.toString();
  }

  /** Text for a markdown table cell or line: HTML-escaped, markdown punctuation and pipes backslash-escaped. */
  static String markdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      if ("\\`*_[]|#~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return htmlText(out.toString()).replace("\r\n", "\n").replace("\n", "<br>");
  }

  /** A fence longer than any run of backticks in the content, so the content cannot close it (CommonMark). */
  static String fence(String content) {
    int longest = 0;
    int run = 0;
    for (char c : content.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return "`".repeat(Math.max(3, longest + 1));
  }
}
