package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.cli.KilledApply.Kill;
import dev.tiac.cli.KilledApply.Side;
import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.console.CasToken;
import dev.tiac.sandbox.http.WriteTap;
import dev.tiac.state.State;
import dev.tiac.state.StateCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in the middle of a 210-change apply (issue 12, item 6). A child JVM applies against a
 * sandbox this JVM serves, with four changes in flight; SIGINT reaches it as the sandbox receives
 * write k, for 10 k drawn at random (fixed seed). Each time the child prints what it applied and
 * what it did not start, exits 130, leaves no lock-info file and a state that parses; the next
 * apply converges with nothing made twice.
 */
class InterruptedApplyTest {
  private static final int OBJECTS = 197;
  private static final Pattern SUMMARY = Pattern.compile(
      "tiac: interrupted by SIGINT: (\\d+) of (\\d+) changes applied and saved, (\\d+) not started, (\\d+) failed or unknown");
  private static Sandbox sandbox;
  private static Sandbox.Checkpoint pristine;
  private static ChildJvm jvm;

  @TempDir static Path dir;

  @BeforeAll
  static void serve() {
    jvm = ChildJvm.prepare(dir);
    sandbox = Sandbox.start(SandboxOptions.defaults(dir.resolve("sandbox")).withPersist(false)
        .withCasRate(1_000_000, Duration.ofMinutes(1)));
    pristine = sandbox.checkpoint();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @TestFactory
  Stream<DynamicTest> anInterruptedApplySaysWhatItDidReleasesTheLockAndTheNextRunConverges() throws IOException {
    KilledApply whole = start("whole", Kill.NEVER);
    assertEquals(ExitCode.OK, whole.await(), whole.output());
    Matcher done = Pattern.compile("Apply: (\\d+) applied, 0 failed").matcher(whole.output());
    assertTrue(done.find(), whole.output());
    assertTrue(Integer.parseInt(done.group(1)) >= 210, "a whole apply makes " + done.group(1) + " changes; the issue asks for 210");
    int writes = (int) sandbox.writes().count();
    converges("whole");

    Random random = new Random(20261207);
    TreeSet<Integer> points = new TreeSet<>();
    while (points.size() < 10) {
      points.add(1 + random.nextInt(writes - 1));
    }
    return points.stream().map(k -> DynamicTest.dynamicTest("SIGINT at write " + k + " of " + writes, () -> {
      String name = "case-" + k;
      KilledApply child = start(name, new Kill(k, Side.INTERRUPT));
      int code = child.await();
      sandbox.writes().observe(WriteTap.Observer.NONE);
      String output = child.output();
      assertTrue(child.killed(), "the signal never went out:\n" + output);
      assertEquals(130, code, output);
      Matcher summary = SUMMARY.matcher(output);
      assertTrue(summary.find(), "no summary:\n" + output);
      int applied = Integer.parseInt(summary.group(1));
      int total = Integer.parseInt(summary.group(2));
      int notStarted = Integer.parseInt(summary.group(3));
      assertTrue(notStarted > 0 && applied + notStarted <= total, output);
      assertEquals(notStarted, countLines(output, ": not started: interrupted (SIGINT)"), "each change not started is listed");
      assertTrue(output.contains("The state lock is released."), output);
      Path stateDir = caseDir(name).resolve(".tiac");
      assertFalse(Files.exists(StateBackends.sandboxHome(stateDir).resolve("state.lock.info")), "lock info left behind");
      State state = StateCodec.decode(Files.readAllBytes(StateBackends.sandboxHome(stateDir).resolve("state.json")), "state.json");
      assertTrue(state.resources().values().stream().filter(r -> r.owned()).count() >= applied - 2,
          "what was applied is in the state: " + applied + " applied, state " + state.resources().size());
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(StateBackends.sandboxHome(stateDir).resolve("state.json"))));
      converges(name);
    }));
  }

  private static long countLines(String output, String text) {
    return output.lines().filter(l -> l.contains(text)).count();
  }

  private static KilledApply start(String name, Kill kill) throws IOException {
    sandbox.restore(pristine);
    Path file = caseDir(name).resolve("acme.yaml");
    Files.createDirectories(caseDir(name));
    Files.writeString(file, sample());
    return KilledApply.start(jvm, sandbox, file, caseDir(name).resolve(".tiac"), kill, 4);
  }

  private static void converges(String name) throws IOException {
    Path file = caseDir(name).resolve("acme.yaml");
    Path stateDir = caseDir(name).resolve(".tiac");
    CliRun again = CliRun.withState(stateDir, "apply", "--sandbox", "--auto-approve", file.toString());
    assertEquals(ExitCode.OK, again.code(), again.out() + "\n" + again.err());
    CliRun plan = CliRun.withState(stateDir, "plan", "--sandbox", "--detailed-exitcode", file.toString());
    assertEquals(ExitCode.OK, plan.code(), plan.out() + "\n" + plan.err());
    List<String> tokens = sandbox.console().state().cas().tokens().stream().map(CasToken::name).sorted().toList();
    assertEquals(List.of("apex-central-correlation", "tiac", "tiac-investigations"), tokens, "CAS tokens by name");
    Set<String> objects = new HashSet<>();
    sandbox.checkpoint().tenant().udso().forEach(u -> assertTrue(objects.add(u.type() + ":" + u.content().toLowerCase(Locale.ROOT)),
        "suspicious object " + u.content() + " twice"));
    assertEquals(3 + OBJECTS, objects.size(), "suspicious objects");
  }

  private static Path caseDir(String name) {
    return dir.resolve(name);
  }

  /** The acme sample with 197 more suspicious objects: 210 changes or more in one apply. */
  private static String sample() throws IOException {
    StringBuilder objects = new StringBuilder();
    for (int i = 0; i < OBJECTS; i++) {
      objects.append("    - {type: domain, value: lure-").append(i).append(".example, scanAction: log}\n");
    }
    return Files.readString(Path.of("samples/acme.yaml"))
        .replace(".tiac/secrets/cas-investigations.token", "secrets/cas-investigations.token")
        .replace("  suspiciousObjects:\n", "  suspiciousObjects:\n" + objects);
  }
}
