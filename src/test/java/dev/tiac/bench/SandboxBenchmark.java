package dev.tiac.bench;

import dev.tiac.providers.SandboxClients;
import dev.tiac.providers.apexcentral.EndpointSensorClient;
import dev.tiac.providers.cas.CasClient;
import dev.tiac.providers.cas.SweepQuery;
import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.console.CasPolicy;
import dev.tiac.sandbox.world.Scale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 3's benchmark: generate and serve a world of 10,000 endpoints, 50,000 users, 1,000,000
 * telemetry events and 200,000 mails; report the start time, peak and retained heap, and sustained
 * requests per second for ShowAgentList and sweeping/mails pages from several client threads.
 * Run with {@code bench/run SandboxBenchmark [THREADS] [SECONDS]}; prints a Markdown table.
 */
public final class SandboxBenchmark {
  private SandboxBenchmark() {}

  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    Duration phase = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 15);
    Scale scale = Scale.BENCHMARK;
    Path dir = Files.createTempDirectory("tiac-sandbox-bench");
    SandboxOptions options = SandboxOptions.defaults(dir).withPersist(false).withScale(scale)
        .withCasRate(1_000_000_000, Duration.ofMinutes(1));

    HeapPeak heap = new HeapPeak();
    long begin = System.nanoTime();
    try (Sandbox sandbox = Sandbox.start(options)) {
      double startSeconds = (System.nanoTime() - begin) / 1e9;
      long peakAtStart = heap.peakBytes();
      long retained = HeapPeak.retainedBytes();
      sandbox.console().cas().addServiceAccount("Exchange Online");
      sandbox.console().cas().setPolicy(CasPolicy.ATP, true);

      SandboxClients clients = new SandboxClients(sandbox.endpoints());
      EndpointSensorClient es = clients.apexCentral().endpointSensor();
      CasClient cas = clients.cas(1_000_000_000, Duration.ofMinutes(1));
      SweepQuery sweep = new SweepQuery(Map.of("limit", "1000"));
      int agents = es.showAgentList().size();
      long weekOfMail = cas.sweepMails(sweep).mapToLong(p -> p.items().size()).sum();

      Throughput.Result agentPages = Throughput.measure(threads, phase, es::showAgentList,
          () -> served(sandbox, "apex-central PUT /WebApp/OSCE_iES/OsceIes/ApiEntry"));
      Throughput.Result mailPages = Throughput.measure(threads, phase, () -> cas.sweepMails(sweep).forEach(p -> { }),
          () -> served(sandbox, "cas GET /v1/sweeping/mails"));
      long peak = heap.peakBytes();
      long failed = sandbox.counters().statuses().entrySet().stream()
          .filter(e -> !e.getKey().endsWith(" 200")).mapToLong(Map.Entry::getValue).sum();

      System.out.printf(Locale.ROOT, "| measurement | value |%n|---|---|%n");
      System.out.printf(Locale.ROOT, "| world | %,d users, %,d endpoints, %,d mails over %d days, %,d telemetry events |%n",
          sandbox.world().users().size(), sandbox.world().endpoints().size(), sandbox.world().mails().size(), scale.mailDays(),
          sandbox.world().telemetry().size());
      System.out.printf(Locale.ROOT, "| generate and start (world, directory, TLS, 11 listeners) | %.1f s |%n", startSeconds);
      System.out.printf(Locale.ROOT, "| peak heap during generation and start | %,d MiB |%n", peakAtStart >> 20);
      System.out.printf(Locale.ROOT, "| heap retained by the served world (after full GC) | %,d MiB |%n", retained >> 20);
      System.out.printf(Locale.ROOT, "| peak heap over the whole run (clients included) | %,d MiB |%n", peak >> 20);
      System.out.printf(Locale.ROOT, "| ShowAgentList pages (200 agents, %,d agents per listing), %d threads, %.1f s | %,d pages, **%.0f pages/s** |%n",
          agents, agentPages.threads(), agentPages.seconds(), agentPages.requests(), agentPages.perSecond());
      System.out.printf(Locale.ROOT, "| sweeping/mails pages (limit 1000, %,d mails in the 7-day window), %d threads, %.1f s | %,d pages, **%.0f pages/s** |%n",
          weekOfMail, mailPages.threads(), mailPages.seconds(), mailPages.requests(), mailPages.perSecond());
      System.out.printf(Locale.ROOT, "| answers other than 200 | %d |%n", failed);
      System.out.printf(Locale.ROOT, "| JVM | %s, %d processors, max heap %,d MiB |%n", System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    } finally {
      heap.close();
    }
  }

  private static long served(Sandbox sandbox, String route) {
    return sandbox.counters().snapshot().getOrDefault(route, 0L);
  }
}
