package dev.tiac.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tiac.plan.Plan;
import dev.tiac.plan.SamplePlans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReportTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode schema(String name) throws IOException {
    return JSON.readTree(Files.readString(Path.of("schemas", name)));
  }

  @Test
  void matchesItsSchema() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://tiac.dev/schemas/drift-report-v1.schema.json"), schema("drift-report-v1.schema.json"));
    for (Plan plan : List.of(SamplePlans.mixed(), SamplePlans.inSync())) {
      for (ReportContext context : List.of(Reports.CONTEXT, Reports.TIMED)) {
        List<Error> errors = schema.validate(JSON.readTree(Reports.render(ReportFormat.JSON, plan, context)));
        assertTrue(errors.isEmpty(), errors.toString());
      }
    }
  }

  @Test
  void sharesTheChangeVocabularyOfThePlanJson() throws IOException {
    assertEquals(schema("plan-v1.schema.json").path("$defs").path("change"), schema("drift-report-v1.schema.json").path("$defs").path("change"));
  }

  @Test
  void givesEveryResourceItsStatusAndStep() throws IOException {
    JsonNode report = JSON.readTree(Reports.render(ReportFormat.JSON, SamplePlans.mixed()));
    assertEquals(8, report.path("summary").path("drifted").asInt());
    assertTrue(report.path("summary").path("drift").asBoolean());
    assertFalse(report.has("generatedAt"));
    JsonNode first = report.path("resources").get(0);
    assertEquals("clp.licence[\"Cloud App Security\"]", first.path("change").path("address").asString());
    assertEquals("in-sync", first.path("status").asString());
    assertEquals("licences", first.path("step").asString());
    JsonNode atp = report.path("resources").get(2);
    assertEquals("cas.policy[\"Default Exchange Policy ATP\"]", atp.path("change").path("address").asString());
    assertEquals("drift", atp.path("status").asString());
    assertEquals("update", atp.path("change").path("action").asString());
  }

  @Test
  void coloursEachStepByItsWorstResource() throws IOException {
    JsonNode steps = JSON.readTree(Reports.render(ReportFormat.JSON, SamplePlans.mixed())).path("steps");
    assertEquals(dev.tiac.contract.SetupStep.values().length, steps.size());
    assertEquals("in-sync", step(steps, "licences").path("status").asString());
    assertEquals("drift", step(steps, "cas-policies").path("status").asString());
    assertEquals("critical", step(steps, "cas-service-account").path("status").asString());
    assertEquals("absent", step(steps, "cas-token").path("status").asString());
    assertEquals("drift", step(steps, "ad-sync").path("status").asString());
    assertEquals(1, step(steps, "ad-sync").path("drifted").asInt());
    assertEquals(2, step(steps, "ad-sync").path("resources").asInt());
  }

  private static JsonNode step(JsonNode steps, String id) {
    for (JsonNode step : steps) {
      if (step.path("step").asString().equals(id)) {
        return step;
      }
    }
    throw new AssertionError("no step " + id);
  }
}
