package dev.tiac.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.ResourceKind;
import dev.tiac.plan.Plan;
import dev.tiac.plan.SamplePlans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The correlation readiness in the drift reports: its own procedure step, critical when it fails, on the schema. */
class ReadinessReportTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static Plan blocked() {
    return SamplePlans.of(SamplePlans.check(ResourceKind.READINESS, "email", new CheckOutcome(CheckOutcome.Status.FAIL,
        "blocked by a Default Exchange policy ON: where it breaks, the investigations invoice-phish cannot follow mail → AD user → endpoint activity",
        List.of("a Default Exchange policy ON (mail): fail, cas.policy[\"Default Exchange Policy ATP\"] is OFF (as the console shows it). "
            + "Fix: Run tiac apply: it sets cas.policy[\"Default Exchange Policy ATP\"] as the file declares.")), 120));
  }

  @Test
  void aBlockedReadinessIsACriticalCorrelationStepOnTheReportSchema() throws IOException {
    String report = Reports.render(ReportFormat.JSON, blocked());
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(
        SchemaLocation.of("https://tiac.dev/schemas/drift-report-v1.schema.json"), JSON.readTree(Files.readString(Path.of("schemas/drift-report-v1.schema.json"))));
    List<Error> errors = schema.validate(JSON.readTree(report));
    assertTrue(errors.isEmpty(), errors.toString());
    JsonNode resource = JSON.readTree(report).path("resources").get(0);
    assertEquals("correlation", resource.path("step").asString());
    assertEquals("critical", resource.path("status").asString());
    assertEquals("correlation.readiness", resource.path("change").path("type").asString());
    JsonNode step = JSON.readTree(report).path("steps").findParents("step").stream()
        .filter(s -> s.path("step").asString().equals("correlation")).findFirst().orElseThrow();
    assertEquals("critical", step.path("status").asString());
  }

  @Test
  void everyFormatNamesTheBlockerAndWhatToDo() {
    for (ReportFormat format : ReportFormat.values()) {
      String report = Reports.render(format, blocked());
      assertTrue(report.contains("correlation.readiness"), format + " lacks the address");
      assertTrue(report.contains("blocked by a Default Exchange policy ON"), format + " lacks the blocker");
    }
  }
}
