package dev.tiac.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Start-up of the commands people type by hand, through the {@code ./tiac} launcher: the plain
 * validation a pre-commit hook runs, and commands that build picocli's whole command tree
 * ({@code --version}, a {@code --help}, {@code completion bash}). Run with
 * {@code bench/run StartupBenchmark [RUNS]}; prints a Markdown table. The commands take turns, so a
 * machine whose load changes during the run slows them alike; CPU time (user + system, from
 * /usr/bin/time) is printed next to wall time because it moves less with other processes' load.
 */
public final class StartupBenchmark {
  private StartupBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 11;
    String tiac = Path.of("tiac").toAbsolutePath().toString();
    Map<String, List<String>> commands = new LinkedHashMap<>();
    commands.put("`java -version`", List.of("java", "-version"));
    commands.put("`./tiac validate samples/acme.yaml`", List.of(tiac, "validate", "samples/acme.yaml"));
    commands.put("`./tiac --version`", List.of(tiac, "--version"));
    commands.put("`./tiac plan --help`", List.of(tiac, "plan", "--help"));
    commands.put("`./tiac completion bash`", List.of(tiac, "completion", "bash"));
    run(List.of(tiac, "--version"));
    String loadBefore = load();
    Map<String, List<double[]>> times = new LinkedHashMap<>();
    commands.keySet().forEach(k -> times.put(k, new ArrayList<>()));
    for (int i = 0; i < runs; i++) {
      for (Map.Entry<String, List<String>> c : commands.entrySet()) {
        times.get(c.getKey()).add(run(c.getValue()));
      }
    }
    double baseline = median(times.get("`java -version`"), 0);
    System.out.printf(Locale.ROOT, "Load average before: %s; after: %s%n%n", loadBefore, load());
    System.out.printf(Locale.ROOT, "| command | wall, median of %d | CPU (user + system) | wall ÷ java -version |%n|---|---|---|---|%n", runs);
    for (Map.Entry<String, List<double[]>> t : times.entrySet()) {
      double wall = median(t.getValue(), 0);
      System.out.printf(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.2f× |%n", t.getKey(), wall, median(t.getValue(), 1), wall / baseline);
    }
  }

  /** Wall and CPU milliseconds of one run, which must succeed. */
  private static double[] run(List<String> command) throws IOException, InterruptedException {
    Path cpu = Files.createTempFile("tiac-bench-time", ".txt");
    List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S", "-o", cpu.toString()));
    timed.addAll(command);
    long begin = System.nanoTime();
    Process process = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    int code = process.waitFor();
    double wall = (System.nanoTime() - begin) / 1e6;
    if (code != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited " + code);
    }
    String[] userSystem = Files.readString(cpu).trim().split("\\s+");
    Files.delete(cpu);
    return new double[] {wall, (Double.parseDouble(userSystem[0]) + Double.parseDouble(userSystem[1])) * 1000};
  }

  private static double median(List<double[]> samples, int column) {
    List<Double> values = new ArrayList<>(samples.stream().map(s -> s[column]).toList());
    Collections.sort(values);
    return values.get(values.size() / 2);
  }

  private static String load() throws IOException {
    String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
    return fields[0] + " " + fields[1] + " " + fields[2];
  }
}
