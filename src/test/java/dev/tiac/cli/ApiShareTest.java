package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --max-api-share} counts what apply would call as well as what the refresh reads: the
 * acme sample against a fresh sandbox makes 3 Cloud App Security calls to refresh (blocked lists,
 * the licence probe, the evidence sweep) and 1 to apply (the blocked-list entries), so 15% of
 * CAS's 20 a minute (3 calls) lets the refresh start but not the apply; 20% (4 calls) is enough.
 */
class ApiShareTest {
  @TempDir Path dir;
  Path file;
  Path state;

  @BeforeEach
  void sample() throws IOException {
    file = dir.resolve("acme.yaml");
    Files.writeString(file, Files.readString(Path.of("samples/acme.yaml"))
        .replace(".tiac/secrets/cas-investigations.token", "secrets/cas-investigations.token"));
    state = dir.resolve(".tiac");
  }

  @Test
  void thePlanStatesRefreshAndApplyCallsPerService() {
    CliRun plan = CliRun.withState(state, "plan", "--sandbox", "--json", file.toString());
    assertEquals(ExitCode.OK, plan.code(), plan.err());
    JsonNode cost = JsonMapper.shared().readTree(plan.out()).path("cost");
    JsonNode cas = find(cost, "Cloud App Security");
    assertEquals(3, cas.path("refresh").asInt(), cas.toString());
    assertEquals(1, cas.path("apply").asInt(), cas.toString());
    assertEquals(4, cas.path("calls").asInt(), cas.toString());
    assertEquals("20 per minute per token", cas.path("limit").asString());
    // The sample's three suspicious objects: one add each.
    assertEquals(3, find(cost, "Apex Central").path("apply").asInt(), cost.toString());
    assertTrue(find(cost, "Management API").path("apply").asInt() > 0, cost.toString());
    CliRun text = CliRun.withState(state, "plan", "--sandbox", file.toString());
    assertTrue(text.out().contains("  Cloud App Security: 4 calls (3 to refresh, 1 to apply; limit 20 per minute per token)"), text.out());
  }

  @Test
  void aRunOverTheShareIsRefusedAndNothingIsApplied() {
    CliRun apply = CliRun.withState(state, "apply", "--sandbox", "--auto-approve", "--max-api-share", "15", file.toString());
    assertEquals(ExitCode.ERROR, apply.code(), apply.out() + apply.err());
    assertTrue(apply.err().contains("tiac: refused: this run would make 4 Cloud App Security calls (3 to refresh, 1 to apply), "
        + "over 15% of its limit of 20 a minute per token (3 calls)"), apply.err());
    assertTrue(apply.err().contains("Nothing was applied."), apply.err());
    assertFalse(Files.exists(StateBackends.sandboxHome(state).resolve("state.json")), "apply wrote state");
    assertFalse(Files.exists(dir.resolve("secrets/cas-investigations.token")), "apply created a token");
    CliRun plan = CliRun.withState(state, "plan", "--sandbox", "--detailed-exitcode", "--max-api-share", "15", file.toString());
    assertEquals(ExitCode.CHANGES, plan.code(), plan.err());
    assertTrue(plan.out().contains("Warning: apply will refuse this plan: this run would make 4 Cloud App Security calls"), plan.out());
  }

  @Test
  void aRunUnderTheShareProceeds() {
    CliRun apply = CliRun.withState(state, "apply", "--sandbox", "--auto-approve", "--max-api-share", "20", file.toString());
    assertEquals(ExitCode.OK, apply.code(), apply.out() + apply.err());
    assertFalse(apply.out().contains("apply will refuse this plan"), apply.out());
    assertTrue(Files.exists(dir.resolve("secrets/cas-investigations.token")));
  }

  /**
   * Under the runbook driver a delivered token is probed with its own value: those calls are a
   * budget of their own, so the sample's plan against a real tenant's default still starts.
   */
  @Test
  void aDeliveredTokensProbesCountAgainstThatTokenNotTheConnections() throws IOException {
    Files.writeString(file, Files.readString(file)
        .replace("    communicationTimeoutSeconds: 120\n", "    communicationTimeoutSeconds: 120\n    consoleDriver: runbook\n")
        .replace("    requestsPerMinute: 18\n", "    requestsPerMinute: 18\n    consoleDriver: runbook\n"));
    CliRun plan = CliRun.withState(state, "plan", "--sandbox", "--json", file.toString());
    assertEquals(ExitCode.OK, plan.code(), plan.err());
    JsonNode cost = JsonMapper.shared().readTree(plan.out()).path("cost");
    JsonNode token = find(cost, "Cloud App Security, token \"tiac-investigations\"");
    assertTrue(token.path("refresh").asInt() >= 1, token.toString());
    assertEquals(0, token.path("apply").asInt(), token.toString());
    assertTrue(find(cost, "Cloud App Security").path("calls").asInt() <= 10, cost.toString());
    CliRun text = CliRun.withState(state, "plan", "--sandbox", file.toString());
    assertFalse(text.out().contains("apply will refuse this plan"), text.out());
  }

  private static JsonNode find(JsonNode cost, String service) {
    for (JsonNode c : cost) {
      if (c.path("service").asString().equals(service)) {
        return c;
      }
    }
    throw new AssertionError("no cost for " + service + " in " + cost);
  }
}
