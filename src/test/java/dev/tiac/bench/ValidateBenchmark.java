package dev.tiac.bench;

import dev.tiac.config.ConfigLoader;
import dev.tiac.providers.Kinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Start-up and throughput of {@code tiac validate}, the command a pre-commit hook runs on every
 * commit. Run with {@code bench/run ValidateBenchmark [RUNS]}; prints a Markdown table.
 */
public final class ValidateBenchmark {
  private ValidateBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 11;
    Path root = Path.of("").toAbsolutePath();
    time(List.of(root.resolve("tiac").toString(), "validate", "samples/acme.yaml"));
    double javaVersion = median(runs, List.of("java", "-version"));
    double tiac = median(runs, List.of(root.resolve("tiac").toString(), "validate", "samples/acme.yaml"));
    double plain = median(runs, List.of("java", "-jar", "target/tiac.jar", "validate", "samples/acme.yaml"));

    Path big = Files.createTempFile("tiac-bench", ".yaml");
    int bytes = writeLargeDocument(big, 1024 * 1024 - 4096);
    ConfigLoader loader = new ConfigLoader(Kinds.registry().declarations());
    long startupBegin = System.nanoTime();
    loader.load(List.of(root.resolve("samples/acme.yaml")));
    double startup = (System.nanoTime() - startupBegin) / 1e6;
    long firstBegin = System.nanoTime();
    int resources = loader.load(List.of(big)).resources().size();
    double first = (System.nanoTime() - firstBegin) / 1e6;
    List<Double> again = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long begin = System.nanoTime();
      loader.load(List.of(big));
      again.add((System.nanoTime() - begin) / 1e6);
    }
    Collections.sort(again);
    Files.delete(big);

    System.out.printf(Locale.ROOT, "| measurement | median of %d |%n|---|---|%n", runs);
    System.out.printf(Locale.ROOT, "| `java -version` | %.0f ms |%n", javaVersion);
    System.out.printf(Locale.ROOT, "| `./tiac validate samples/acme.yaml` (C1 + class-data archive) | %.0f ms (%.2f× java -version) |%n", tiac, tiac / javaVersion);
    System.out.printf(Locale.ROOT, "| `java -jar target/tiac.jar validate samples/acme.yaml` (no tuning) | %.0f ms (%.2f× java -version) |%n", plain, plain / javaVersion);
    System.out.printf(Locale.ROOT, "| in-process first validation (start-up of the loader) | %.0f ms |%n", startup);
    System.out.printf(Locale.ROOT, "| generated %d-byte document, %d resources: first validation after start-up | %.0f ms |%n", bytes, resources, first);
    System.out.printf(Locale.ROOT, "| same document, median of 5 more | %.0f ms |%n", again.get(2));
  }

  private static double median(int runs, List<String> command) throws IOException, InterruptedException {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      times.add(time(command));
    }
    Collections.sort(times);
    return times.get(runs / 2);
  }

  private static double time(List<String> command) throws IOException, InterruptedException {
    long begin = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    int code = process.waitFor();
    if (code != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited " + code);
    }
    return (System.nanoTime() - begin) / 1e6;
  }

  /** A valid document of about {@code target} bytes: suspicious objects, the list a team grows fastest. */
  static int writeLargeDocument(Path file, int target) throws IOException {
    StringBuilder yaml = new StringBuilder("apiVersion: tiac.dev/v1\nkind: ThreatInvestigationSetup\nmetadata:\n  name: large\napexCentral:\n  suspiciousObjects:\n");
    int i = 0;
    while (yaml.length() < target - 200 && i < 10_000) {
      yaml.append(String.format(Locale.ROOT,
          "    - type: domain\n      value: c2-%05d.campaign-%03d.example\n      scanAction: block\n      notes: Seen in campaign %d, reported by the SOC on shift %d\n",
          i, i % 977, i % 53, i % 7));
      i++;
    }
    Files.writeString(file, yaml);
    return yaml.length();
  }
}
