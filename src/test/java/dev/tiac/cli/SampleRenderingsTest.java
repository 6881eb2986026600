package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tiac.report.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * samples/acme.yaml against a fresh sandbox through every renderer, each against its golden file
 * under src/test/resources/dev/tiac/cli/acme: the text plan, the JSON plan and every drift report
 * format (found from {@link ReportFormat}, so a new format gets its golden file). What differs run
 * to run is replaced before comparing: the temporary directory, the run's own time, and the
 * fingerprints keyed per state. Regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class SampleRenderingsTest {
  private static final Path GOLDEN = Path.of("src/test/resources/dev/tiac/cli/acme");
  private static final Pattern INSTANT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}:\\d{2})(\\.\\d+)?(Z?)");
  private static final JsonMapper JSON = JsonMapper.shared();

  @TempDir static Path dir;
  private static Instant started;
  private static Instant finished;
  private static CliRun text;
  private static CliRun json;
  private static CliRun drift;

  @BeforeAll
  static void runTheSample() {
    started = Instant.now();
    Path state = dir.resolve(".tiac");
    text = CliRun.withState(state, "plan", "--sandbox", "samples/acme.yaml");
    json = CliRun.withState(state, "plan", "--sandbox", "--json", "samples/acme.yaml");
    drift = CliRun.withState(state, "drift", "--sandbox", "--report", "json,junit,sarif,markdown,html,codequality",
        "--report-dir", dir.resolve("reports").toString(), "samples/acme.yaml");
    finished = Instant.now();
  }

  @Test
  void theTextPlanShowsTypedValuesAsTerraformDoes() {
    assertEquals(ExitCode.OK, text.code(), text.err());
    assertTrue(text.out().contains("      + priority: 2\n"), text.out());
    assertTrue(text.out().contains("      + targets: {\n          + operatingSystems: [\n              + \"WIN_10\",\n"), text.out());
    assertTrue(text.out().contains("      ~ enabled: false -> true\n"), text.out());
    assertTrue(text.out().contains("      + password: (sensitive value)\n"), text.out());
    golden("plan.txt", text.out());
  }

  @Test
  void theJsonPlanHasTypedValuesAndValidatesAgainstItsSchema() throws IOException {
    assertEquals(ExitCode.OK, json.code(), json.err());
    JsonNode plan = JSON.readTree(json.out());
    List<Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://tiac.dev/schemas/plan-v1.schema.json"), JSON.readTree(Files.readString(Path.of("schemas/plan-v1.schema.json"))))
        .validate(plan);
    assertEquals(List.of(), errors);
    JsonNode windows = change(plan, "apexone.policy[\"Endpoint Sensor - Windows\"]");
    assertEquals("[\"create\"]", windows.path("actions").toString());
    assertTrue(windows.path("after").path("priority").isIntegralNumber(), windows.toString());
    assertTrue(windows.path("after").path("deploy").isBoolean(), windows.toString());
    assertEquals("[\"WIN_10\",\"WIN_11\"]", windows.path("after").path("targets").path("operatingSystems").toString());
    JsonNode settings = change(plan, "apexcentral.cloudServiceSettings[\"secops-licensing@acme.example\"]");
    assertTrue(settings.path("afterSensitive").path("password").asBoolean() && !settings.path("after").has("password"), settings.toString());
    ObjectNode fingerprints = (ObjectNode) plan.path("liveFingerprints");
    fingerprints.propertyNames().forEach(name -> fingerprints.put(name, "(keyed per state)"));
    golden("plan.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(plan) + "\n");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void eachDriftReportOfTheSampleMatchesItsGoldenFile(ReportFormat format) throws IOException {
    assertEquals(ExitCode.CHANGES, drift.code(), drift.err());
    golden("drift." + format.extension(), Files.readString(dir.resolve("reports").resolve(DriftCommand.REPORT_NAME + "." + format.extension())));
  }

  private static JsonNode change(JsonNode plan, String address) {
    for (JsonNode c : plan.path("changes")) {
      if (c.path("address").asString().equals(address)) {
        return c;
      }
    }
    throw new AssertionError("no change for " + address);
  }

  private static void golden(String name, String actual) {
    Path file = GOLDEN.resolve(name);
    // SARIF roots its paths at the checkout the test runs in, which differs from one checkout to the next.
    String stable = runTimes(actual.replace(dir.toString(), "/tmp/junit").replace(Path.of("").toAbsolutePath().toUri().toString(), "file:///checkout/"));
    try {
      if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, stable, StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), stable, "differs from " + file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Each time of this run (as ISO 8601 or as people read it) written as the same fixed time, in its own shape. */
  private static String runTimes(String text) {
    Matcher m = INSTANT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Instant at = Instant.parse(m.group(1) + "T" + m.group(2) + "Z");
      boolean ours = !at.isBefore(started.minusSeconds(1)) && !at.isAfter(finished.plusSeconds(1));
      String fixed = "2026-12-07" + m.group(0).charAt(10) + "10:15:57" + (m.group(3) == null ? "" : ".000") + m.group(4);
      m.appendReplacement(out, Matcher.quoteReplacement(ours ? fixed : m.group(0)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
