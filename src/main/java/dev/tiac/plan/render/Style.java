package dev.tiac.plan.render;

import java.util.Map;

/**
 * Whether text views colour their output. The CLI decides once (a terminal, and no
 * {@code NO_COLOR}); views never look at the environment themselves, so their output is the same
 * for the same plan wherever it is rendered.
 */
public record Style(boolean colour) {
  public static final Style PLAIN = new Style(false);
  public static final Style COLOUR = new Style(true);

  /** Colour on a terminal only, and never when {@code NO_COLOR} is set to anything non-empty (no-color.org). */
  public static Style forTerminal(boolean terminal, Map<String, String> environment) {
    String noColor = environment.getOrDefault("NO_COLOR", "");
    return new Style(terminal && noColor.isEmpty());
  }

  String red(String text) {
    return paint("31", text);
  }

  String green(String text) {
    return paint("32", text);
  }

  String yellow(String text) {
    return paint("33", text);
  }

  String cyan(String text) {
    return paint("36", text);
  }

  String bold(String text) {
    return paint("1", text);
  }

  String boldRed(String text) {
    return paint("1;31", text);
  }

  private String paint(String code, String text) {
    return colour && !text.isEmpty() ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
