package dev.tiac.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Durations as people write them on a command line, Go-style: {@code 90s}, {@code 5m},
 * {@code 1m30s}, {@code 1h15m}, {@code 250ms}, a bare number of seconds, or {@code 0}.
 */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  private static final Pattern SHAPE = Pattern.compile("^(?:\\d+(?:ms|h|m|s))+$|^\\d+$");
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");

  @Override
  public Duration convert(String value) {
    String text = value.trim();
    if (!SHAPE.matcher(text).matches()) {
      throw new CommandLine.TypeConversionException("expected a duration such as 30s, 5m, 1m30s or 1h but found '" + value + "'");
    }
    if (text.chars().allMatch(Character::isDigit)) {
      return Duration.ofSeconds(Long.parseLong(text));
    }
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(text);
    while (part.find()) {
      long amount = Long.parseLong(part.group(1));
      total = total.plus(switch (part.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofSeconds(amount);
      });
    }
    return total;
  }
}
