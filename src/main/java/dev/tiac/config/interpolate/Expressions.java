package dev.tiac.config.interpolate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code ${…}} expressions in a value. {@code $${} stands for a literal {@code ${}, so a
 * value that really contains the characters can still be written.
 */
public final class Expressions {
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Expressions() {}

  /** The expressions of {@code text}, or the first syntax problem in it. */
  public static Parsed parse(String text) {
    List<Expression> found = new ArrayList<>();
    int i = 0;
    while (true) {
      int open = text.indexOf("${", i);
      if (open < 0) {
        return new Parsed(List.copyOf(found), Optional.empty());
      }
      if (open > 0 && text.charAt(open - 1) == '$') {
        i = open + 2;
        continue;
      }
      int close = text.indexOf('}', open);
      if (close < 0) {
        return new Parsed(List.copyOf(found), Optional.of("unterminated ${ … }: add the closing }"));
      }
      String body = text.substring(open + 2, close);
      int colon = body.indexOf(':');
      String kindName = colon < 0 ? body : body.substring(0, colon);
      Expression.Kind kind;
      try {
        kind = Expression.Kind.valueOf(kindName.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return new Parsed(List.copyOf(found), Optional.of("unknown expression ${" + kindName + ":…}: expected ${env:NAME}, ${file:PATH} or ${ref:ADDRESS.attribute}"));
      }
      String argument = colon < 0 ? "" : body.substring(colon + 1);
      Optional<String> problem = check(kind, argument);
      if (problem.isPresent()) {
        return new Parsed(List.copyOf(found), problem);
      }
      found.add(new Expression(kind, argument, open, close + 1));
      i = close + 1;
    }
  }

  private static Optional<String> check(Expression.Kind kind, String argument) {
    return switch (kind) {
      case ENV -> ENV_NAME.matcher(argument).matches()
          ? Optional.empty()
          : Optional.of("${env:" + argument + "}: an environment variable name is letters, digits and _ and does not start with a digit");
      case FILE -> argument.isBlank() ? Optional.of("${file:}: name the file") : Optional.empty();
      case REF -> RefAddress.parse(argument).isPresent()
          ? Optional.empty()
          : Optional.of("${ref:" + argument + "}: expected ADDRESS.attribute, e.g. ${ref:cas.token[\"correlation\"].value}");
    };
  }

  /** The result of parsing one value. */
  public record Parsed(List<Expression> expressions, Optional<String> problem) {
    public boolean isWholeValue(String text) {
      return expressions.size() == 1 && expressions.get(0).start() == 0 && expressions.get(0).end() == text.length();
    }
  }

  /** A parsed {@code ${ref:…}} argument: the resource address and the output attribute. */
  public record RefAddress(String address, String attribute) {
    private static final Pattern SHAPE = Pattern.compile("^([a-z][A-Za-z]*\\.[a-z][A-Za-z]*(\\[\"[^\"]+\"\\])?)\\.([a-z][A-Za-z]*)$");

    public static Optional<RefAddress> parse(String argument) {
      Matcher m = SHAPE.matcher(argument);
      return m.matches() ? Optional.of(new RefAddress(m.group(1), m.group(3))) : Optional.empty();
    }
  }
}
