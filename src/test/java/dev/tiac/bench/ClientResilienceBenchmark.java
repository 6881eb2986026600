package dev.tiac.bench;

import dev.tiac.cli.FaultRun;
import dev.tiac.providers.cas.SharedBudget;
import dev.tiac.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import mockwebserver3.MockWebServer;

/**
 * Issue 11's figures. First, 1,000 Cloud App Security sweeps through the real client and pacer
 * beside a neighbour that spends part of the token's 20 calls a minute, bare 429s as documented,
 * on a fake clock. Then plans and queries of {@code samples/acme.yaml} through the CLI with one
 * Apex Central and CAS read in five answered 500, one seed per run, against the same without
 * faults. Run with {@code bench/run ClientResilienceBenchmark [SEEDS]}; prints Markdown tables and
 * exits 1 if any figure misses its target.
 */
public final class ClientResilienceBenchmark {
  private ClientResilienceBenchmark() {}

  public static void main(String[] args) throws Exception {
    int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    boolean ok = true;
    System.out.println("| neighbour's calls a minute | failures | served | 429s | calls into a full window after the first 429 | waited (fake clock) |");
    System.out.println("|---|---|---|---|---|---|");
    for (int neighbour : new int[] {0, 10, 15, 18, 19}) {
      try (MockWebServer server = SharedBudget.server()) {
        server.start();
        SharedBudget.Figures f = SharedBudget.measure(server, Math.max(neighbour, 1), 1_000);
        // Zero is measured as one a minute: the neighbour needs a pace; one call is noise.
        System.out.printf(Locale.ROOT, "| %d | %d | %d | %d | %d | %.1f min |%n", neighbour, f.failures(), f.served(), f.refused(),
            f.intoFullWindow(), f.waited().toMillis() / 60_000.0);
        ok &= f.failures() == 0 && f.intoFullWindow() == 0;
      }
    }
    System.out.println();
    System.out.println("| seed | reads | answered 500 | plan exit (clean/faulty) | plan text same | query exit (clean/faulty) | findings same |");
    System.out.println("|---|---|---|---|---|---|---|");
    Path dir = Files.createTempDirectory("tiac-faults");
    Path stateDir = dir.resolve(".tiac");
    try (Sandbox sandbox = FaultRun.sandbox(stateDir)) {
      FaultRun.Runs clean = FaultRun.run(stateDir, sandbox, 0, 1);
      for (int seed = 1; seed <= seeds; seed++) {
        FaultRun.Runs faulty = FaultRun.run(stateDir, sandbox, 0.2, seed);
        boolean samePlan = clean.planOut().equals(faulty.planOut());
        boolean sameFindings = FaultRun.findings(clean.queryOut()).equals(FaultRun.findings(faulty.queryOut()));
        System.out.printf(Locale.ROOT, "| %d | %d | %d | %d/%d | %s | %d/%d | %s |%n", seed, faulty.reads(), faulty.injected(),
            clean.planCode(), faulty.planCode(), samePlan ? "yes" : "no", clean.queryCode(), faulty.queryCode(),
            sameFindings ? "yes" : "no");
        ok &= samePlan && sameFindings && clean.planCode() == faulty.planCode() && clean.queryCode() == faulty.queryCode();
      }
    }
    System.exit(ok ? 0 : 1);
  }
}
