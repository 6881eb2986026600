package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * After a fresh apply of the sample, every check of the plan is pass or unknown, and each unknown
 * says why and what would decide it. Nothing only an attestation could show is called pass while
 * nobody attested it: the licences' seats and expiry stay unknown.
 */
class FreshApplyChecksTest {
  @TempDir Path dir;

  @Test
  void everyCheckAfterAFreshApplyIsPassOrUnknownWithAReason() throws IOException {
    SampleSandbox sample = new SampleSandbox(dir, "canary-clp-9");
    CliRun apply = sample.tiac("apply", "--sandbox", "--auto-approve", sample.file.toString());
    assertEquals(ExitCode.OK, apply.code(), apply.out() + apply.err());
    AgentPoll.await(sample.stateDir);

    CliRun plan = sample.tiac("plan", "--sandbox", "--json", sample.file.toString());
    assertEquals(ExitCode.OK, plan.code(), plan.err());
    List<String> checked = new ArrayList<>();
    for (JsonNode change : JsonMapper.shared().readTree(plan.out()).path("changes")) {
      JsonNode check = change.path("check");
      if (!check.isObject()) {
        assertFalse(change.path("action").asString().equals("create") || change.path("action").asString().equals("update"), change.toString());
        continue;
      }
      String address = change.path("address").asString();
      String status = check.path("status").asString();
      checked.add(address);
      assertTrue(Set.of("pass", "unknown").contains(status), address + " is " + status + ": " + check);
      assertFalse(check.path("evidence").asString().isBlank(), address + " says what it saw");
      assertFalse(check.path("source").path("text").asString().isBlank(), address + " names its source");
      if (status.equals("unknown")) {
        assertFalse(check.path("remedy").isEmpty(), address + " says what would decide it: " + check);
      }
      if (change.path("type").asString().equals("clp.licence")) {
        assertEquals("unknown", status, "seats and expiry nobody attested are never a pass: " + check);
      }
    }
    assertTrue(checked.containsAll(List.of("clp.licence[\"cloudAppSecurity\"]", "clp.licence[\"endpointSensor\"]",
        "ad.server[\"dc01.corp.acme.example\"]", "apexone.emailClient[\"outlook\"]", "apexone.sensorCoverage[\"Endpoint Sensor - Windows\"]",
        "apexone.sensorCoverage[\"Endpoint Sensor - Servers\"]", "correlation.readiness[\"email\"]")), checked.toString());
  }
}
