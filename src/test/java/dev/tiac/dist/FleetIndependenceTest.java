package dev.tiac.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tenant independence, measured: 20 tenant directories of the fleet sample (its base plus a
 * tenant overlay with its own suspicious object and its own secret file) each run apply, plan and
 * drift at the same time against its own sandbox, with its own state directory, key and lock.
 * No run may see or write another tenant's objects or secret; the wall time of each tenant and of
 * the whole fleet is written to target/fleet-benchmark.txt for docs/benchmarks.md.
 */
class FleetIndependenceTest {
  private static final int TENANTS = 20;

  /** One tenant's outcome: exit codes of apply, plan and drift, and its wall time. */
  private record TenantRun(String name, int apply, int plan, int drift, long millis, String output) {}

  @Test
  void twentyTenantsPlanAndDriftInParallelEachInItsOwnStateAndLock(@TempDir Path fleet) throws Exception {
    Path base = Path.of("samples/fleet/base.yaml").toAbsolutePath();
    List<Path> tenants = new ArrayList<>();
    for (int i = 1; i <= TENANTS; i++) {
      tenants.add(tenant(fleet, String.format(Locale.ROOT, "tenant-%02d", i)));
    }

    String loadBefore = loadAverage();
    long start = System.nanoTime();
    List<TenantRun> runs = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(TENANTS);
    try {
      List<Future<TenantRun>> futures = new ArrayList<>();
      for (Path dir : tenants) {
        futures.add(pool.submit(() -> run(base, dir)));
      }
      for (Future<TenantRun> f : futures) {
        runs.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    long totalMillis = (System.nanoTime() - start) / 1_000_000;

    for (TenantRun run : runs) {
      assertEquals(0, run.apply(), run.name() + " apply:\n" + run.output());
      assertTrue(run.plan() == 0 || run.plan() == 2, run.name() + " plan:\n" + run.output());
      assertTrue(run.drift() == 0 || run.drift() == 2, run.name() + " drift:\n" + run.output());
    }
    for (Path dir : tenants) {
      String own = dir.getFileName().toString();
      String state = Files.readString(dir.resolve(".tiac/sandbox/tiac-state/state.json"), StandardCharsets.UTF_8);
      assertTrue(state.contains(own + ".fleet.example"), own + " recorded its own object");
      for (Path other : tenants) {
        String name = other.getFileName().toString();
        if (!other.equals(dir)) {
          assertFalse(state.contains(name + ".fleet.example"), own + "'s state names " + name + "'s object");
        }
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path file : files.filter(Files::isRegularFile).filter(p -> !p.endsWith("clp-password")).toList()) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("secret-of-" + name), file + " holds " + name + "'s secret");
          }
        }
      }
    }
    for (TenantRun run : runs) {
      assertFalse(run.output().contains("secret-of-"), run.name() + " printed a secret");
    }

    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "fleet of %d tenants, apply + plan + drift each, all at once on %d cores: %.1f s wall"
        + " (machine load average before %s, after %s)%n", TENANTS, Runtime.getRuntime().availableProcessors(), totalMillis / 1000.0,
        loadBefore, loadAverage()));
    long sum = 0;
    long max = 0;
    for (TenantRun run : runs) {
      report.append(String.format(Locale.ROOT, "  %s: %.1f s (apply %d, plan %d, drift %d)%n",
          run.name(), run.millis() / 1000.0, run.apply(), run.plan(), run.drift()));
      sum += run.millis();
      max = Math.max(max, run.millis());
    }
    report.append(String.format(Locale.ROOT, "per tenant: mean %.1f s, slowest %.1f s; sum of tenant times %.1f s%n",
        sum / 1000.0 / TENANTS, max / 1000.0, sum / 1000.0));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/fleet-benchmark.txt"), report.toString(), StandardCharsets.UTF_8);
    System.out.print(report);
  }

  /** The one-minute load average, where the system shows it: other work on the machine slows the fleet. */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** A tenant directory: an overlay naming its own object, its secret in a file beside it. */
  private static Path tenant(Path fleet, String name) throws IOException {
    Path dir = Files.createDirectories(fleet.resolve(name));
    Files.writeString(dir.resolve("clp-password"), "secret-of-" + name + "\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("tenant.yaml"), String.join("\n",
        "apiVersion: tiac.dev/v1",
        "kind: ThreatInvestigationSetup",
        "metadata:",
        "  name: " + name,
        "connections:",
        "  apexCentral:",
        "    url: https://" + name + ".manage.trendmicro.com",
        "    applicationId: ${env:TIAC_APEX_APPLICATION_ID}",
        "    apiKey: ${env:TIAC_APEX_API_KEY}",
        "    consoleDriver: api",
        "  cloudAppSecurity:",
        "    region: us",
        "    token: ${env:TIAC_CAS_TOKEN}",
        "    consoleDriver: api",
        "  licensingPortal:",
        "    account: licensing@" + name + ".example",
        "    password: ${file:clp-password}",
        "apexCentral:",
        "  suspiciousObjects:",
        "    - type: domain",
        "      value: " + name + ".fleet.example",
        "      scanAction: log",
        ""), StandardCharsets.UTF_8);
    return dir;
  }

  private static TenantRun run(Path base, Path dir) {
    long start = System.nanoTime();
    StringWriter output = new StringWriter();
    PrintWriter out = new PrintWriter(output);
    String stateDir = dir.resolve(".tiac").toString();
    String file = dir.resolve("tenant.yaml").toString();
    int apply = Main.run(new String[] {"apply", "--sandbox", "--auto-approve", "--no-color", "--state-dir", stateDir, base.toString(), file}, out, out);
    int plan = Main.run(new String[] {"plan", "--sandbox", "--detailed-exitcode", "--no-color", "--state-dir", stateDir, base.toString(), file}, out, out);
    int drift = Main.run(new String[] {"drift", "--sandbox", "--no-color", "--state-dir", stateDir, "--report", "json",
        "--report-dir", dir.resolve("reports").toString(), base.toString(), file}, out, out);
    return new TenantRun(dir.getFileName().toString(), apply, plan, drift, (System.nanoTime() - start) / 1_000_000, output.toString());
  }
}
