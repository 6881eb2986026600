package dev.tiac.bench;

import dev.tiac.providers.SandboxClients;
import dev.tiac.providers.apexcentral.EndpointSensorClient;
import dev.tiac.providers.cas.CasClient;
import dev.tiac.providers.cas.SweepQuery;
import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.console.CasPolicy;
import dev.tiac.sandbox.http.Faults;
import dev.tiac.sandbox.world.Scale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Issue 4's benchmark: ShowAgentList paging over 10,000 agents and sweeping/mails paging over
 * 100,000 mails with 50 ms injected on every request (CAS rate limit raised on both sides). The
 * wall time must stay within 1.2× of pages × latency plus the zero-latency time of the same
 * paging (server work, TLS and parsing) — no serial waste between pages. Run with
 * {@code bench/run ClientPagingBenchmark [LATENCY_MS]}; prints a Markdown table, exits 1 over the bound.
 */
public final class ClientPagingBenchmark {
  private ClientPagingBenchmark() {}

  record Row(String name, long pages, long items, double latencyMs, double zeroLatencyMs, double wallMs) {
    double idealMs() {
      return pages * latencyMs + zeroLatencyMs;
    }

    double ratio() {
      return wallMs / idealMs();
    }
  }

  public static void main(String[] args) throws Exception {
    long latency = args.length > 0 ? Long.parseLong(args[0]) : 50;
    Scale scale = new Scale(2_000, 10_000, 7, 100_000, 20_000);
    Path dir = Files.createTempDirectory("tiac-paging-bench");
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withScale(scale)
        .withCasRate(1_000_000_000, Duration.ofMinutes(1)))) {
      sandbox.console().cas().addServiceAccount("Exchange Online");
      sandbox.console().cas().setPolicy(CasPolicy.ATP, true);
      SandboxClients clients = new SandboxClients(sandbox.endpoints());
      EndpointSensorClient es = clients.apexCentral().endpointSensor();
      CasClient cas = clients.cas(1_000_000_000, Duration.ofMinutes(1));
      SweepQuery everything = new SweepQuery(Map.of("lastndays", "8", "limit", "1000"));

      List<Row> rows = new ArrayList<>();
      rows.add(run(sandbox, latency, "ShowAgentList, 200 agents per page", () -> es.showAgentList().size(),
          () -> served(sandbox, "apex-central PUT /WebApp/OSCE_iES/OsceIes/ApiEntry")));
      rows.add(run(sandbox, latency, "sweeping/mails, limit 1000, next_link", () -> cas.sweepMails(everything)
          .mapToLong(p -> p.items().size()).sum(), () -> served(sandbox, "cas GET /v1/sweeping/mails")));

      System.out.printf(Locale.ROOT, "| paging | items | pages | latency | zero-latency time (server, TLS, parse) | bound: 1.2 × (pages × latency + zero-latency) | measured wall time | ratio to pages × latency + zero-latency |%n");
      System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|---|%n");
      boolean within = true;
      for (Row r : rows) {
        System.out.printf(Locale.ROOT, "| %s | %,d | %d | %.0f ms | %.0f ms | %.0f ms | %.0f ms | **%.3f** |%n", r.name(), r.items(), r.pages(),
            r.latencyMs(), r.zeroLatencyMs(), 1.2 * r.idealMs(), r.wallMs(), r.ratio());
        within &= r.ratio() <= 1.2;
      }
      if (sandbox.counters().statuses().entrySet().stream().anyMatch(e -> !e.getKey().endsWith(" 200") && !e.getKey().startsWith("management"))) {
        System.out.println("unexpected answers: " + sandbox.counters().statuses());
        within = false;
      }
      System.exit(within ? 0 : 1);
    }
  }

  /** Warms up, times the paging at zero latency (median of 3), then with the latency (median of 3). */
  private static Row run(Sandbox sandbox, long latencyMs, String name, LongSupplier paging, LongSupplier served) {
    sandbox.faults().set(Faults.NONE);
    long items = paging.getAsLong();
    paging.getAsLong();
    long before = served.getAsLong();
    double zero = median(3, paging);
    long pages = (served.getAsLong() - before) / 3;
    sandbox.faults().set(new Faults(Duration.ofMillis(latencyMs), 0, 1));
    double wall = median(3, paging);
    sandbox.faults().set(Faults.NONE);
    return new Row(name, pages, items, latencyMs, zero, wall);
  }

  private static double median(int runs, LongSupplier paging) {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long begin = System.nanoTime();
      paging.getAsLong();
      times.add((System.nanoTime() - begin) / 1e6);
    }
    Collections.sort(times);
    return times.get(runs / 2);
  }

  private static long served(Sandbox sandbox, String route) {
    return sandbox.counters().snapshot().getOrDefault(route, 0L);
  }
}
