package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DurationConverterTest {
  private final DurationConverter converter = new DurationConverter();

  @Test
  void acceptsCompoundDurationsAsPeopleWriteThem() {
    assertEquals(Duration.ofSeconds(90), converter.convert("1m30s"));
    assertEquals(Duration.ofMinutes(75), converter.convert("1h15m"));
    assertEquals(Duration.ofMillis(1_250), converter.convert("1s250ms"));
    assertEquals(Duration.ofSeconds(90), converter.convert("90s"));
    assertEquals(Duration.ofSeconds(45), converter.convert("45"));
    assertEquals(Duration.ZERO, converter.convert("0"));
    assertEquals(Duration.ofHours(2), converter.convert(" 2h "));
  }

  @Test
  void refusesAnythingElseNamingTheShapesItTakes() {
    for (String bad : new String[] {"", "m", "1x", "1m30", "-5s", "1.5s", "1 m"}) {
      CommandLine.TypeConversionException e = assertThrows(CommandLine.TypeConversionException.class, () -> converter.convert(bad), bad);
      assertEquals("expected a duration such as 30s, 5m, 1m30s or 1h but found '" + bad + "'", e.getMessage());
    }
  }
}
