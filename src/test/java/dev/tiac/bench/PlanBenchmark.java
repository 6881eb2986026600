package dev.tiac.bench;

import dev.tiac.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plan and apply at scale (issue 5): 500 suspicious objects, 50 blocked-list entries and 20 Apex
 * One policies over a sandbox of 10,000 endpoints answering every request 50 ms late. The sandbox
 * runs as its own process ({@code tiac sandbox serve}); its admin counters give the calls made.
 * Run: {@code bench/run PlanBenchmark}; {@code bench/run PlanBenchmark apply} runs only the two applies
 * (no latency, then 50 ms). The sandbox process gets the JVM options of {@code BENCH_JAVA_OPTS} too,
 * so both processes run alike (with the launcher's {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC},
 * as {@code ./tiac} runs them); options for the sandbox alone (a profiler, say) go in the system
 * property {@code bench.sandboxJvm}, separated by spaces.
 */
public final class PlanBenchmark {
  private static final int LATENCY_MS = 50;

  private PlanBenchmark() {}

  /**
   * A plan's fewest calls: one page each of suspicious objects and blocked lists, and, because the
   * plan changes Apex One policies and states their reach, the agent inventory: ShowAgentList's
   * 10,000 agents in pages of 200 and one ProductAgents call.
   */
  static final int PLAN_MINIMUM_CALLS = 2 + 10_000 / 200 + 1;

  /**
   * Its critical path at --parallelism 10: the refresh's one round of parallel reads; the reach,
   * known only after the diff, then needs the inventory's first page (it gives the total) and its
   * other 49 pages ten at a time.
   */
  static final int PLAN_ROUNDS = 1 + 1 + (10_000 / 200 - 1 + 9) / 10;

  public static void main(String[] args) throws Exception {
    boolean applyOnly = List.of(args).contains("apply");
    Path work = Files.createTempDirectory("tiac-plan-bench");
    List<String> command = new ArrayList<>(List.of("java"));
    for (String options : List.of(Optional.ofNullable(System.getenv("BENCH_JAVA_OPTS")).orElse(""), System.getProperty("bench.sandboxJvm", ""))) {
      if (!options.isBlank()) {
        command.addAll(List.of(options.strip().split(" +")));
      }
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.tiac.cli.Main", "sandbox", "--dir", work.toString(),
        "serve", "--scale", "users=2000,endpoints=10000,mail-days=7,mails=2000,events=20000", "--latency", Integer.toString(LATENCY_MS)));
    Process sandbox = new ProcessBuilder(command)
        .redirectErrorStream(true).redirectOutput(work.resolve("sandbox.log").toFile()).start();
    try {
      Path endpoints = work.resolve(".tiac/sandbox/endpoints.json");
      for (int i = 0; i < 600 && !Files.exists(endpoints); i++) {
        Thread.sleep(100);
      }
      Thread.sleep(500);
      JsonNode e = JsonMapper.shared().readTree(Files.readString(endpoints));
      Path file = work.resolve("bench.yaml");
      Files.writeString(file, document());
      String state = work.resolve(".tiac").toString();

      for (int i = 0; i < 3; i++) {
        run("plan", "--sandbox", "--state-dir", state, file.toString());
      }
      // Alternate quiet and slow runs so JIT warm-up favours neither side.
      List<Double> quiet = new ArrayList<>();
      List<Double> plans = new ArrayList<>();
      long planCalls = 0;
      for (int i = 0; i < (applyOnly ? 0 : 7); i++) {
        latency(e, 0);
        quiet.add(median(1, () -> run("plan", "--sandbox", "--state-dir", state, file.toString())));
        latency(e, LATENCY_MS);
        reset(e);
        plans.add(median(1, () -> run("plan", "--sandbox", "--state-dir", state, file.toString())));
        planCalls = calls(e);
      }

      // The same apply with no latency first, on objects of other names, shows what is CPU and not network.
      Path quietFile = work.resolve("quiet.yaml");
      Files.writeString(quietFile, document().replace("c2-", "q2-").replace("Sensor ", "Quiet "));
      // Its own state directory keeps its state apart, but --sandbox looks for the served sandbox
      // under the state directory: without this it would start a second sandbox in this process
      // and time that sandbox's start and work instead of the served one's.
      Path quietSandbox = work.resolve(".tiac-quiet/sandbox");
      Files.createDirectories(quietSandbox);
      Files.copy(endpoints, quietSandbox.resolve("endpoints.json"), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES); // 0600: it holds the sandbox tokens
      latency(e, 0);
      long clientCpu = cpuMillis(ProcessHandle.current());
      long sandboxCpu = cpuMillis(sandbox.toHandle());
      long quietBegin = System.nanoTime();
      run("apply", "--sandbox", "--auto-approve", "--state-dir", work.resolve(".tiac-quiet").toString(), quietFile.toString());
      double applyQuiet = (System.nanoTime() - quietBegin) / 1e6;
      clientCpu = cpuMillis(ProcessHandle.current()) - clientCpu;
      sandboxCpu = cpuMillis(sandbox.toHandle()) - sandboxCpu;
      latency(e, LATENCY_MS);
      reset(e);
      long begin = System.nanoTime();
      String applied = run("apply", "--sandbox", "--auto-approve", "--state-dir", state, file.toString());
      double applyMs = (System.nanoTime() - begin) / 1e6;
      long applyCalls = calls(e);
      // Lower bounds: a refresh reads its three kinds (suspicious objects, blocked lists, the console
      // snapshot) at once, so its critical path is one request; an apply makes one call per change
      // (two for a deployed policy) and runs ten at a time.
      int changes = 500 + 1 + 20;
      long minimumApplyCalls = 500 + 1 + 20 * 2 + 3;
      // Every change here is independent (one dependency level), so ten run at a time.
      double applyBound = (500 + 1 + 20 * 2) * LATENCY_MS / 10.0 + LATENCY_MS;
      System.out.printf(Locale.ROOT, "| measurement | value |%n|---|---|%n");
      if (!applyOnly) {
        Collections.sort(quiet);
        Collections.sort(plans);
        double planQuiet = quiet.get(3);
        double planSlow = plans.get(3); // the median of the middle five of seven
        double network = planSlow - planQuiet;
        System.out.printf(Locale.ROOT, "| plan wall time, median of 5, %d ms latency / no latency | %.0f ms / %.0f ms |%n", LATENCY_MS, planSlow, planQuiet);
        System.out.printf(Locale.ROOT, "| time the latency added to plan vs its bound (%d dependent rounds × %d ms) | %.0f ms vs %d ms (%.2f×) |%n",
            PLAN_ROUNDS, LATENCY_MS, network, PLAN_ROUNDS * LATENCY_MS, network / (PLAN_ROUNDS * LATENCY_MS));
        System.out.printf(Locale.ROOT, "| plan calls to the product APIs per run (the management API's one snapshot read is not counted) | %d (minimum %d: %.2f×) |%n",
            planCalls, PLAN_MINIMUM_CALLS, planCalls / (double) PLAN_MINIMUM_CALLS);
      }
      System.out.printf(Locale.ROOT, "| the same apply with no latency (other object names) | %.0f ms (CPU: tiac %d ms, sandbox %d ms) |%n", applyQuiet, clientCpu, sandboxCpu);
      System.out.printf(Locale.ROOT, "| apply onto an empty tenant: %d changes | %.0f ms, %d calls (minimum %d) |%n", changes, applyMs, applyCalls, minimumApplyCalls);
      System.out.printf(Locale.ROOT, "| apply bound at parallelism 10: calls × latency / 10 + the same apply with no latency (%.0f ms) | ≈ %.0f ms (ratio %.2f×) |%n",
          applyQuiet, applyBound + applyQuiet, applyMs / (applyBound + applyQuiet));
      if (!applied.contains("0 failed")) {
        System.out.println("apply did not finish cleanly:\n" + applied);
      }
    } finally {
      sandbox.destroy();
    }
  }

  // CPU time of a whole process, so a busy machine inflates it far less than it does wall time.
  private static long cpuMillis(ProcessHandle process) {
    return process.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
  }

  private static double median(int runs, Runnable command) {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long begin = System.nanoTime();
      command.run();
      times.add((System.nanoTime() - begin) / 1e6);
    }
    Collections.sort(times);
    return times.get(runs / 2);
  }

  private static void latency(JsonNode e, int millis) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(e.path("management").path("url").asString() + "/v1/admin/faults"))
        .method("PUT", HttpRequest.BodyPublishers.ofString("{\"latency_ms\":" + millis + ",\"rate\":0,\"seed\":1}"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + e.path("management").path("token").asString()).build();
    admin(e).send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
    if (code != 0) {
      throw new IllegalStateException(String.join(" ", args) + " exited " + code + "\n" + out);
    }
    return out.toString();
  }

  private static HttpClient admin(JsonNode e) throws Exception {
    SSLContext tls = dev.tiac.sandbox.tls.SandboxTls.clientContext(Path.of(e.path("caFile").asString()));
    return HttpClient.newBuilder().sslContext(tls).build();
  }

  private static void reset(JsonNode e) throws Exception {
    send(e, "DELETE");
  }

  private static long calls(JsonNode e) throws Exception {
    JsonNode counters = JsonMapper.shared().readTree(send(e, "GET"));
    long total = 0;
    for (JsonNode route : counters) {
      total += route.isNumber() ? route.asLong() : route.path("count").asLong(route.path("requests").asLong(0));
    }
    return total;
  }

  private static String send(JsonNode e, String method) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(e.path("management").path("url").asString() + "/v1/admin/counters"))
        .method(method, HttpRequest.BodyPublishers.noBody())
        .header("Authorization", "Bearer " + e.path("management").path("token").asString()).build();
    return admin(e).send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  static String document() throws IOException {
    StringBuilder y = new StringBuilder("apiVersion: tiac.dev/v1\nkind: ThreatInvestigationSetup\nmetadata:\n  name: plan-bench\n");
    y.append("cloudAppSecurity:\n  blockedLists:\n    senders:\n");
    for (int i = 0; i < 50; i++) {
      y.append("      - sender-").append(i).append("@spam-").append(i % 7).append(".example\n");
    }
    y.append("apexCentral:\n  suspiciousObjects:\n");
    for (int i = 0; i < 500; i++) {
      y.append("    - {type: domain, value: c2-").append(i).append(".bench.example, scanAction: block}\n");
    }
    y.append("apexOne:\n  policies:\n");
    for (int i = 0; i < 20; i++) {
      y.append("    - name: Sensor ").append(i).append("\n      targets: {type: filtered, ipRanges: [10.").append(i).append(".0.1-10.").append(i)
          .append(".255.254]}\n      endpointSensor: {enabled: true}\n      priority: ").append(i + 1).append('\n');
    }
    return y.toString();
  }
}
