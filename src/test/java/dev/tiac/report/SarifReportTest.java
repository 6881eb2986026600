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
import dev.tiac.providers.Kinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class SarifReportTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path OFFICIAL_SCHEMA = Path.of("src/test/resources/dev/tiac/report/sarif-schema-2.1.0.json");

  private static Schema sarifSchema() throws IOException {
    // The file names its own dialect in $schema, which networknt follows over the default.
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
        .getSchema(SchemaLocation.of("https://json.schemastore.org/sarif-2.1.0.json"), JSON.readTree(Files.readString(OFFICIAL_SCHEMA)));
  }

  private static JsonNode sarif(Plan plan, ReportContext context) {
    return JSON.readTree(Reports.render(ReportFormat.SARIF, plan, context));
  }

  @Test
  void matchesTheOfficialSarifSchema() throws IOException {
    Schema schema = sarifSchema();
    for (Plan plan : List.of(SamplePlans.mixed(), SamplePlans.inSync())) {
      for (ReportContext context : List.of(Reports.CONTEXT, Reports.TIMED, ReportContext.of("0.1.0", List.of(), Kinds.registry()))) {
        List<Error> errors = schema.validate(sarif(plan, context));
        assertTrue(errors.isEmpty(), errors.toString());
      }
    }
  }

  @Test
  void theSchemaRefusesABrokenLog() throws IOException {
    ObjectNode broken = (ObjectNode) sarif(SamplePlans.mixed(), Reports.CONTEXT);
    ((ObjectNode) broken.path("runs").get(0).path("results").get(0)).put("level", "fatal");
    broken.remove("version");
    assertEquals(2, sarifSchema().validate(broken).size());
  }

  @Test
  void pointsEachResultAtTheLineThatDeclaresTheResource() {
    JsonNode run = sarif(SamplePlans.mixed(), Reports.CONTEXT).path("runs").get(0);
    assertEquals("tiac", run.path("tool").path("driver").path("name").asString());
    JsonNode results = run.path("results");
    assertEquals(8, results.size());
    JsonNode atp = result(results, "cas.policy[\"Default Exchange Policy ATP\"]");
    JsonNode physical = atp.path("locations").get(0).path("physicalLocation");
    assertEquals("tiac.yaml", physical.path("artifactLocation").path("uri").asString());
    assertEquals(14, physical.path("region").path("startLine").asInt());
    assertEquals(5, physical.path("region").path("startColumn").asInt());
    assertEquals("tiac/update", atp.path("ruleId").asString());
    assertEquals("warning", atp.path("level").asString());
    JsonNode rule = run.path("tool").path("driver").path("rules").get(atp.path("ruleIndex").asInt());
    assertEquals("tiac/update", rule.path("id").asString());
  }

  @Test
  void levelsMissingProtectionAndFailingChecksAsErrorsAndTheRestAsWarnings() {
    JsonNode results = sarif(SamplePlans.mixed(), Reports.CONTEXT).path("runs").get(0).path("results");
    assertEquals("error", result(results, "apexone.emailClient[\"all\"]").path("level").asString());
    assertEquals("tiac/check-fail", result(results, "apexone.emailClient[\"all\"]").path("ruleId").asString());
    assertEquals("warning", result(results, "apexcentral.adSyncTool[\"dc01.corp.example\"]").path("level").asString());
    assertEquals("tiac/replace", result(results, "apexcentral.adSyncTool[\"dc01.corp.example\"]").path("ruleId").asString());
    assertEquals("error", result(results, "cas.serviceAccount[\"exchangeOnline\"]").path("level").asString());
    assertEquals("warning", result(results, "cas.policy[\"Default Exchange Policy ATP\"]").path("level").asString());
  }

  @Test
  void pointsAnUndeclaredResourceAtTheStartOfTheFirstFile() {
    JsonNode results = sarif(SamplePlans.mixed(), Reports.CONTEXT).path("runs").get(0).path("results");
    JsonNode physical = result(results, "apexcentral.suspiciousObject[\"domain:old.example\"]").path("locations").get(0).path("physicalLocation");
    assertEquals(1, physical.path("region").path("startLine").asInt());
    assertEquals("tiac.yaml", physical.path("artifactLocation").path("uri").asString());
  }

  @Test
  void writesNoResultForResourcesInSync() {
    JsonNode results = sarif(SamplePlans.inSync(), Reports.CONTEXT).path("runs").get(0).path("results");
    assertEquals(0, results.size());
    assertFalse(sarif(SamplePlans.mixed(), Reports.CONTEXT).toString().contains("apexcentral.adSync[\\\"corp.example\\\"]"));
  }

  @Test
  void encodesFileNamesAsRelativeUris() {
    assertEquals("config/prod%20eu/tiac.yaml", SarifReport.uri("config\\prod eu/tiac.yaml"));
  }

  @Test
  void everyRuleCarriesASecuritySeverityCodeScanningRanksAndHelpOnWhyAndHowToFix() {
    JsonNode rules = sarif(SamplePlans.mixed(), Reports.CONTEXT).path("runs").get(0).path("tool").path("driver").path("rules");
    assertEquals(SarifRule.values().length, rules.size());
    for (JsonNode rule : rules) {
      double severity = Double.parseDouble(rule.path("properties").path("security-severity").asString());
      assertTrue(severity >= 0.1 && severity <= 10.0, rule.path("id").asString());
      String help = rule.path("help").path("markdown").asString();
      assertTrue(help.contains("Why it matters for correlation") && help.contains("How to fix"), rule.path("id").asString());
      assertFalse(rule.path("help").path("text").asString().isBlank());
    }
    // A failing check outranks a missing resource, which outranks a leftover one.
    assertTrue(Double.parseDouble(SarifRule.CHECK_FAIL.securitySeverity) >= 7.0);
    assertTrue(Double.parseDouble(SarifRule.CREATE.securitySeverity) > Double.parseDouble(SarifRule.DELETE.securitySeverity));
  }

  @Test
  void namesFilesRelativeToTheRepositoryRootWhenOneIsKnown(@TempDir Path repo) throws IOException {
    Files.createDirectories(repo.resolve(".git"));
    Path tenants = Files.createDirectories(repo.resolve("tenants/eu"));
    ReportContext context = Reports.CONTEXT.withPaths(ArtifactPaths.detect(Optional.empty(), tenants));
    JsonNode run = sarif(SamplePlans.mixed(), context).path("runs").get(0);
    JsonNode artifact = result(run.path("results"), "cas.policy[\"Default Exchange Policy ATP\"]")
        .path("locations").get(0).path("physicalLocation").path("artifactLocation");
    assertEquals("tenants/eu/tiac.yaml", artifact.path("uri").asString());
    assertEquals("SRCROOT", artifact.path("uriBaseId").asString());
    assertEquals(repo.toUri().toString(), run.path("originalUriBaseIds").path("SRCROOT").path("uri").asString());

    ArtifactPaths explicit = ArtifactPaths.detect(Optional.of(repo.resolve("tenants")), tenants);
    assertEquals("eu/tiac.yaml", explicit.name("tiac.yaml"));
    assertEquals("/elsewhere/tiac.yaml", explicit.name("/elsewhere/tiac.yaml"), "a file outside the root is named as given");
    assertEquals("tiac.yaml", ArtifactPaths.asGiven().name("tiac.yaml"));
  }

  @Test
  void fingerprintsStayTheSameWhenTheLineMovesSoAFixedAlertCloses() {
    JsonNode first = sarif(SamplePlans.mixed(), Reports.CONTEXT).path("runs").get(0).path("results");
    JsonNode later = sarif(SamplePlans.mixed(), Reports.TIMED).path("runs").get(0).path("results");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < first.size(); i++) {
      String fingerprint = first.get(i).path("fingerprints").path("tiac/v1").asString();
      assertTrue(fingerprint.matches("[0-9a-f]{64}"), fingerprint);
      assertEquals(fingerprint, later.get(i).path("fingerprints").path("tiac/v1").asString());
      assertTrue(seen.add(fingerprint), "one fingerprint per finding");
    }
  }

  private static JsonNode result(JsonNode results, String address) {
    for (JsonNode r : results) {
      if (r.path("locations").get(0).path("logicalLocations").get(0).path("fullyQualifiedName").asString().equals(address)) {
        return r;
      }
    }
    throw new AssertionError("no result for " + address);
  }
}
