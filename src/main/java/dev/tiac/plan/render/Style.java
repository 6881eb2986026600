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

  /**
   * The colour rules people expect, strongest first: {@code --no-color}, then {@code NO_COLOR}
   * (no-color.org), then {@code CLICOLOR_FORCE} other than 0 (colour in CI logs, which are no
   * terminal), then {@code TERM=dumb}, then whether output goes to a terminal.
   */
  public static Style choose(boolean noColorFlag, boolean terminal, Map<String, String> environment) {
    if (noColorFlag || !environment.getOrDefault("NO_COLOR", "").isEmpty()) {
      return PLAIN;
    }
    String force = environment.getOrDefault("CLICOLOR_FORCE", "");
    if (!force.isEmpty() && !force.equals("0")) {
      return COLOUR;
    }
    return new Style(terminal && !"dumb".equals(environment.get("TERM")));
  }

  public String red(String text) {
    return paint("31", text);
  }

  public String green(String text) {
    return paint("32", text);
  }

  String yellow(String text) {
    return paint("33", text);
  }

  String cyan(String text) {
    return paint("36", text);
  }

  public String bold(String text) {
    return paint("1", text);
  }

  String boldRed(String text) {
    return paint("1;31", text);
  }

  private String paint(String code, String text) {
    return colour && !text.isEmpty() ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
