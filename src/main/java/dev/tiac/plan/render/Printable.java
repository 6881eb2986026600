package dev.tiac.plan.render;

/**
 * Text from live services and files reaches a terminal: control characters in it could move the
 * cursor, recolour or hide lines, so they are shown escaped instead.
 */
final class Printable {
  private Printable() {}

  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || Character.getType(cp) == Character.FORMAT) {
        out.append(String.format("\\u%04x", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  /** A value in double quotes, as Terraform prints strings. */
  static String quoted(String value) {
    return "\"" + clean(value).replace("\"", "\\\"") + "\"";
  }
}
