package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy gate of samples/policy (docs/plan-json.md) on real plans of the sample in the
 * sandbox: it lets the first plan through (it turns ATP on and adds suspicious objects), and
 * blocks one that turns ATP off, opted in, and deletes a suspicious object, read from a saved
 * plan or from {@code plan --json} on standard input. jq runs the rules; .ci/run installs it.
 */
class PlanGateTest {
  private static final String GATE = "samples/policy/tiac-plan-gate";
  private static final String DELETED = "apexcentral.suspiciousObject[\"ip:203.0.113.45\"]";

  @TempDir Path dir;
  private SampleSandbox sample;

  @BeforeEach
  void sample() throws IOException {
    assumeTrue(onPath("jq"), "jq is not installed; .ci/run installs it with apt-get");
    sample = new SampleSandbox(dir, "canary-gate-5d1f");
  }

  @Test
  void passesAPlanThatOnlyStrengthens() throws Exception {
    Path plan = dir.resolve("first.json");
    CliRun made = sample.tiac("plan", "--sandbox", "--out", plan.toString(), sample.file.toString());
    assertEquals(ExitCode.OK, made.code(), made.err());
    assertTrue(Files.readString(plan).contains("\"status\" : \"ON\""), "the first plan turns ATP on");
    Gate gate = gate(plan.toString(), null);
    assertEquals(0, gate.code(), gate.out());
    assertTrue(gate.out().startsWith("tiac-plan-gate: passed"), gate.out());
  }

  @Test
  void blocksASavedPlanThatWeakensAtpAndDeletesASuspiciousObject() throws Exception {
    weakenTheAppliedSample();
    Path plan = dir.resolve("weakening.json");
    CliRun made = sample.tiac("plan", "--sandbox", "--out", plan.toString(), "--allow-delete", DELETED, sample.file.toString());
    assertEquals(ExitCode.OK, made.code(), made.err());
    Gate gate = gate(plan.toString(), null);
    assertEquals(1, gate.code(), gate.out());
    assertEquals(List.of("tiac-plan-gate: blocked, the plan needs a security review:",
        "  cas.policy[\"Default Exchange Policy ATP\"]: weakens Advanced Threat Protection (status \"ON\" -> \"OFF\")",
        "  apexcentral.suspiciousObject[\"ip:203.0.113.45\"]: deletes a suspicious object (ip 203.0.113.45, scan action \"log\")"),
        gate.out().lines().toList());
  }

  @Test
  void blocksTheSamePlanPrintedAsJsonOnItsStandardInput() throws Exception {
    weakenTheAppliedSample();
    CliRun json = sample.tiac("plan", "--sandbox", "--json", sample.file.toString());
    assertEquals(ExitCode.OK, json.code(), json.err());
    Gate gate = gate("-", json.out());
    assertEquals(1, gate.code(), gate.out());
    assertTrue(gate.out().contains("cas.policy[\"Default Exchange Policy ATP\"]: weakens Advanced Threat Protection"), gate.out());
    assertFalse(gate.out().contains("suspiciousObject"), "nothing is deleted without the opt-in: " + gate.out());
  }

  @Test
  void refusesWhatIsNotAPlanOfFormatOne() throws Exception {
    Gate gate = gate("-", "{\"formatVersion\": \"2.0\", \"changes\": []}");
    assertEquals(2, gate.code(), gate.out());
    assertTrue(gate.out().contains("cannot read standard input as a tiac plan"), gate.out());
  }

  /** The sample applied, then edited: ATP switched off with the opt-in, the IP address taken out of the file. */
  private void weakenTheAppliedSample() throws IOException {
    CliRun applied = sample.tiac("apply", "--sandbox", "--auto-approve", sample.file.toString());
    assertEquals(ExitCode.OK, applied.code(), applied.out() + applied.err());
    String text = Files.readString(sample.file);
    String edited = text.replace("""
            - name: Default Exchange Policy ATP
              status: "ON"
        """, """
            - name: Default Exchange Policy ATP
              status: "OFF"
              allowWeakening: true
        """).replace("""
            - type: ip
              value: 203.0.113.45
              scanAction: log
              notes: Staging server of the invoice campaign
              expires: "2027-06-30"
        """, "");
    assertTrue(edited.contains("allowWeakening: true") && !edited.contains("203.0.113.45"), edited);
    Files.writeString(sample.file, edited);
  }

  private record Gate(int code, String out) {}

  private static Gate gate(String plan, String stdin) throws Exception {
    Process p = new ProcessBuilder("sh", GATE, plan).redirectErrorStream(true).start();
    try (OutputStream in = p.getOutputStream()) {
      if (stdin != null) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the gate did not finish");
    return new Gate(p.exitValue(), out);
  }

  private static boolean onPath(String command) {
    for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      if (Files.isExecutable(Path.of(d, command))) {
        return true;
      }
    }
    return false;
  }
}
