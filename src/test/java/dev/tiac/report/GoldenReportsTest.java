package dev.tiac.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiac.plan.SamplePlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every report format of the mixed plan against its golden file (mixed.md, mixed.json, …);
 * regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenReportsTest {
  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void eachFormatOfTheMixedPlanMatchesItsGoldenFile(ReportFormat format) throws IOException {
    Path golden = Path.of("src/test/resources/dev/tiac/report/mixed." + format.extension());
    String actual = Reports.render(format, SamplePlans.mixed(), Reports.CONTEXT);
    if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "differs from " + golden);
  }
}
