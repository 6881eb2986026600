package dev.tiac.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Durations as people write them on a command line: 90s, 5m, 1h, 0. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  private static final Pattern SHAPE = Pattern.compile("^(\\d+)(ms|s|m|h)?$");

  @Override
  public Duration convert(String value) {
    Matcher m = SHAPE.matcher(value.trim());
    if (!m.matches()) {
      throw new CommandLine.TypeConversionException("expected a duration such as 30s, 5m or 1h but found '" + value + "'");
    }
    long amount = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofSeconds(amount);
    };
  }
}
