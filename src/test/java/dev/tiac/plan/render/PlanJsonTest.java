package dev.tiac.plan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tiac.contract.Address;
import dev.tiac.contract.ApiCost;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.Direction;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.plan.Plan;
import dev.tiac.plan.SamplePlans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PlanJsonTest {
  private static final Path SCHEMA = Path.of("schemas/plan-v1.schema.json");
  /** The version and time the golden plans state. */
  static final PlanStamp STAMP = new PlanStamp("0.1.0", Instant.parse("2026-12-07T10:15:57.250Z"));

  @Test
  void readsBackTheSamePlanItWrote() {
    Plan plan = SamplePlans.mixed();
    assertEquals(plan, PlanJson.read(PlanJson.write(plan, STAMP)));
    assertEquals(SamplePlans.inSync(), PlanJson.read(PlanJson.write(SamplePlans.inSync(), STAMP)));
  }

  @Test
  void aSettingThatStandsOnAnAttestationReadsBackWithWhoAndTheSecondItWasMade() {
    String written = PlanJson.write(SamplePlans.unverified(), STAMP);
    Plan read = PlanJson.read(written);
    assertEquals(written, PlanJson.write(read, STAMP));
    var unverified = read.changes().stream().flatMap(c -> c.unverified().stream()).findFirst().orElseThrow();
    assertEquals(List.of("status"), unverified.attributes());
    assertEquals("ana", unverified.attestation().orElseThrow().who());
    assertEquals(java.time.Instant.parse("2026-12-01T09:30:15Z"), unverified.attestation().orElseThrow().at());
    assertTrue(written.contains("\"text\" : \"status not verifiable by API since 2026-12-01 (attested by ana)\""), written);
    assertEquals(1, PlanJson.toNode(read, STAMP).path("summary").path("unverified").asInt());
    assertEquals(1, PlanJson.toNode(read, STAMP).path("summary").path("checksUnknown").asInt());
  }

  @Test
  void matchesItsSchema() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://tiac.dev/schemas/plan-v1.schema.json"), PlanJson.JSON.readTree(Files.readString(SCHEMA)));
    for (Plan plan : List.of(SamplePlans.mixed(), SamplePlans.inSync(), SamplePlans.unverified())) {
      List<Error> errors = schema.validate(PlanJson.toNode(plan, STAMP));
      assertTrue(errors.isEmpty(), errors.toString());
    }
  }

  @Test
  void matchesTheGoldenJson() {
    Golden.assertMatches(Path.of("src/test/resources/dev/tiac/plan/render/mixed.json"), PlanJson.write(SamplePlans.mixed(), STAMP));
  }

  @Test
  void sortsChangesByAddressAndUsesTheStableVocabulary() {
    JsonNode changes = PlanJson.toNode(SamplePlans.mixed(), STAMP).path("changes");
    List<String> addresses = new ArrayList<>();
    changes.forEach(c -> addresses.add(c.path("address").asString()));
    assertEquals("clp.licence[\"Cloud App Security\"]", addresses.get(0));
    assertEquals("apexone.emailClient[\"all\"]", addresses.get(addresses.size() - 1));
    JsonNode atp = find(changes, "cas.policy[\"Default Exchange Policy ATP\"]");
    assertEquals("update", atp.path("action").asString());
    assertEquals("weakening", atp.path("direction").asString());
    assertTrue(atp.path("refused").asBoolean());
    assertEquals(412, atp.path("reach").path("count").asInt());
    assertEquals("OFF", atp.path("attributes").get(0).path("after").asString());
    assertEquals("replace", find(changes, "apexcentral.adSyncTool[\"dc01.corp.example\"]").path("action").asString());
    assertEquals("no-op", find(changes, "apexcentral.adSync[\"corp.example\"]").path("action").asString());
    assertEquals("fail", find(changes, "apexone.emailClient[\"all\"]").path("check").path("status").asString());
    assertEquals(40, find(changes, "apexcentral.adSyncTool[\"dc01.corp.example\"]").path("declaredAt").path("line").asInt());
  }

  @Test
  void countsTheSummary() {
    JsonNode summary = PlanJson.toNode(SamplePlans.mixed(), STAMP).path("summary");
    assertEquals(1, summary.path("add").asInt());
    assertEquals(4, summary.path("change").asInt());
    assertEquals(2, summary.path("destroy").asInt());
    assertEquals(1, summary.path("manual").asInt());
    assertEquals(1, summary.path("checksFailing").asInt());
    // Two changes lacking their opt-in, and one removal an opt-in asks for that tiac cannot make.
    assertEquals(3, summary.path("refused").asInt());
    assertFalse(summary.path("empty").asBoolean());
    assertTrue(PlanJson.toNode(SamplePlans.inSync(), STAMP).path("summary").path("empty").asBoolean());
  }

  @Test
  void writesOnlyTheSensitiveMarker() {
    Change secret = new Change(Address.of(ResourceKind.CLOUD_SERVICE_SETTINGS, "a@b.example"), ChangeKind.UPDATE,
        List.of(new AttributeChange("password", Optional.of(Value.text("old-Secret-1")), Optional.of(Value.text("new-Secret-2")), true)), Direction.NEUTRAL,
        Optional.empty(), true, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    String json = PlanJson.write(SamplePlans.of(secret), STAMP);
    assertFalse(json.contains("Secret-"), json);
    assertTrue(json.contains("\"before\" : \"(sensitive)\""), json);
    JsonNode change = PlanJson.toNode(SamplePlans.of(secret), STAMP).path("changes").get(0);
    assertEquals("{}", change.path("before").toString());
    assertEquals("{}", change.path("after").toString());
    assertEquals("{\"password\":true}", change.path("beforeSensitive").toString());
    assertEquals("{\"password\":true}", change.path("afterSensitive").toString());
  }

  @Test
  void statesTheFormatVersionTheTiacThatMadeItAndWhenToTheSecond() {
    JsonNode root = PlanJson.toNode(SamplePlans.inSync(), STAMP);
    assertEquals("1.2", root.path("formatVersion").asString());
    assertEquals("0.1.0", root.path("tiacVersion").asString());
    assertEquals("2026-12-07T10:15:57Z", root.path("timestamp").asString());
  }

  /** What a policy gate reads: Terraform's action lists and the values on each side, typed. */
  @Test
  void eachChangeHasItsActionsAndTypedValuesOnEachSide() {
    JsonNode changes = PlanJson.toNode(SamplePlans.mixed(), STAMP).path("changes");
    JsonNode atp = find(changes, "cas.policy[\"Default Exchange Policy ATP\"]");
    assertEquals("[\"update\"]", atp.path("actions").toString());
    assertEquals("{\"status\":\"ON\"}", atp.path("before").toString());
    assertEquals("{\"status\":\"OFF\"}", atp.path("after").toString());
    JsonNode tool = find(changes, "apexcentral.adSyncTool[\"dc01.corp.example\"]");
    assertEquals("[\"delete\",\"create\"]", tool.path("actions").toString());
    assertEquals(24, tool.path("before").path("scheduleHours").asInt());
    assertTrue(tool.path("after").path("scheduleHours").isIntegralNumber());
    JsonNode created = find(changes, "apexcentral.suspiciousObject[\"url:http://evil.example/a|b\"]");
    assertEquals("[\"create\"]", created.path("actions").toString());
    assertTrue(created.path("before").isNull());
    JsonNode deleted = find(changes, "apexcentral.suspiciousObject[\"domain:old.example\"]");
    assertEquals("[\"delete\"]", deleted.path("actions").toString());
    assertEquals("log", deleted.path("before").path("scanAction").asString());
    assertTrue(deleted.path("after").isNull());
    JsonNode check = find(changes, "apexone.emailClient[\"all\"]");
    assertEquals("[\"read\"]", check.path("actions").toString());
    assertTrue(check.path("before").isNull() && check.path("after").isNull());
    assertEquals("[\"create\"]", find(changes, "cas.serviceAccount[\"exchangeOnline\"]").path("actions").toString());
    assertEquals("[\"no-op\"]", find(changes, "apexcentral.adSync[\"corp.example\"]").path("actions").toString());
  }

  @Test
  void refusesAnotherFormatVersion() {
    String other = PlanJson.write(SamplePlans.inSync(), STAMP).replace("\"formatVersion\" : \"1.2\"", "\"formatVersion\" : \"2\"");
    InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanJson.read(other));
    assertTrue(e.getMessage().contains("format version \"2\""), e.getMessage());
  }

  @Test
  void refusesMalformedAndOffSchemaPlans() {
    assertThrows(InvalidPlanException.class, () -> PlanJson.read("{\"formatVersion\": \"1\""));
    assertThrows(InvalidPlanException.class, () -> PlanJson.read("[]"));
    String offSchema = PlanJson.write(SamplePlans.inSync(), STAMP).replace("\"action\" : \"no-op\"", "\"action\" : \"explode\"");
    InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanJson.read(offSchema));
    assertTrue(e.getMessage().contains("/changes/1/action"), e.getMessage());
    String duplicate = PlanJson.write(SamplePlans.inSync(), STAMP).replaceFirst("\"setup\"", "\"setup\" : \"x\", \"setup\"");
    assertThrows(InvalidPlanException.class, () -> PlanJson.read(duplicate));
  }

  @Test
  void readsAPlanSavedBeforeCostWasSplitAsAllRefresh() {
    String old = PlanJson.write(SamplePlans.mixed(), STAMP)
        .replace("    \"refresh\" : 5,\n    \"apply\" : 2,\n", "").replace("    \"refresh\" : 12,\n    \"apply\" : 0,\n", "");
    assertFalse(old.contains("\"refresh\""), old);
    assertEquals(List.of(new ApiCost("Cloud App Security", 7, 0, "20/min per token"), new ApiCost("Apex Central", 12, 0, "1000/min")),
        PlanJson.read(old).cost());
  }

  @Test
  void refusesACostWhosePartsDoNotAddUp() {
    String wrong = PlanJson.write(SamplePlans.mixed(), STAMP).replace("\"refresh\" : 5,", "\"refresh\" : 4,");
    InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanJson.read(wrong));
    assertTrue(e.getMessage().contains("Cloud App Security says 7 calls but 4 to refresh and 2 to apply"), e.getMessage());
  }

  @Test
  void describesEveryPropertyInTheSchema() throws IOException {
    List<String> missing = new ArrayList<>();
    SchemaDescriptions.collectUndescribed(PlanJson.JSON.readTree(Files.readString(SCHEMA)), "", missing);
    assertTrue(missing.isEmpty(), "properties without a description: " + missing);
  }

  @Test
  void keepsEmptyOptionalsAsNullsSoEveryKeyIsPresent() {
    JsonNode noop = find(PlanJson.toNode(SamplePlans.mixed(), STAMP).path("changes"), "apexcentral.adSync[\"corp.example\"]");
    assertTrue(noop.path("consequence").isNull() && noop.path("reach").isNull() && noop.path("check").isNull());
  }

  private static JsonNode find(JsonNode changes, String address) {
    for (JsonNode c : changes) {
      if (c.path("address").asString().equals(address)) {
        return c;
      }
    }
    throw new AssertionError("no change for " + address);
  }
}
