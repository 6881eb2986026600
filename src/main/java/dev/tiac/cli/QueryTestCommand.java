package dev.tiac.cli;

import dev.tiac.app.QuerySession;
import dev.tiac.app.Run;
import dev.tiac.config.ConfigLoader;
import dev.tiac.config.LoadedConfig;
import dev.tiac.config.diagnostics.InvalidConfigException;
import dev.tiac.config.model.CloudAppSecurity;
import dev.tiac.config.model.Investigation;
import dev.tiac.plan.render.Style;
import dev.tiac.progress.Elapsed;
import dev.tiac.query.Queries;
import dev.tiac.query.QueryEngine;
import dev.tiac.query.QueryResult;
import dev.tiac.query.Setup;
import dev.tiac.query.check.CaseCheck;
import dev.tiac.query.check.CaseOutcome;
import dev.tiac.report.QueryTestsJunit;
import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.console.CasConsole;
import dev.tiac.sandbox.console.CasPolicy;
import dev.tiac.sandbox.console.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tiac query test FILE… [NAME…]}: each investigation's test cases, offline. Every case gets
 * its own in-process sandbox loaded with the case's fixture and set up as the file would set it up,
 * then the investigation runs through the real clients and its findings are compared with the case.
 */
@Command(
    name = "test",
    description = "Run the investigations' test cases offline, each against an in-process sandbox loaded with its fixture; exit 1 when any case fails.",
    mixinStandardHelpOptions = true)
final class QueryTestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|NAME", description = "Desired-state YAML files, then optionally investigation names.")
  List<String> arguments;

  @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML, for CI test dashboards.")
  Path junit;

  @Option(names = "--no-color", description = "Never colour PASS and FAIL (also: NO_COLOR; CLICOLOR_FORCE colours CI logs).")
  boolean noColor;

  private final Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FilesAndNames given = FilesAndNames.of(arguments);
    if (given.files().isEmpty()) {
      err.println("tiac query test: give at least one desired-state file before the investigation names");
      return ExitCode.USAGE;
    }
    LoadedConfig config;
    List<Investigation> investigations;
    try {
      config = new ConfigLoader(clock).load(given.files());
      investigations = select(config, given.names());
    } catch (InvalidConfigException e) {
      e.diagnostics().forEach(d -> err.println(d.format()));
      return ExitCode.ERROR;
    } catch (IllegalArgumentException e) {
      err.println("tiac query test: " + e.getMessage());
      return ExitCode.ERROR;
    }
    Style style = Terminal.style(noColor);
    Instant started = clock.instant();
    List<CaseOutcome> outcomes = new ArrayList<>();
    for (Investigation investigation : investigations) {
      for (Investigation.TestCase test : investigation.tests()) {
        long start = System.nanoTime();
        List<String> problems = run(config, investigation, test, err);
        CaseOutcome outcome = new CaseOutcome(investigation.name(), test.name(), problems, Duration.ofNanos(System.nanoTime() - start));
        outcomes.add(outcome);
        String label = investigation.name() + " / " + test.name() + " (" + Elapsed.of(outcome.took()) + ")";
        out.println((outcome.passed() ? style.green("PASS") : style.red("FAIL")) + " " + label);
        problems.forEach(p -> out.println("       " + p));
        out.flush();
      }
    }
    if (outcomes.isEmpty()) {
      err.println("tiac query test: no investigation in these files has test cases");
      return ExitCode.OK;
    }
    long failed = outcomes.stream().filter(o -> !o.passed()).count();
    Duration total = outcomes.stream().map(CaseOutcome::took).reduce(Duration.ZERO, Duration::plus);
    String counts = (outcomes.size() - failed) + " passed, " + failed + " failed";
    out.println("Investigation tests: " + (failed == 0 ? style.green(counts) : style.red(counts)) + " in " + Elapsed.of(total));
    out.flush();
    if (junit != null) {
      writeJunit(outcomes, started);
      err.println("tiac: wrote " + junit);
    }
    return failed == 0 ? ExitCode.OK : ExitCode.ERROR;
  }

  private void writeJunit(List<CaseOutcome> outcomes, Instant started) {
    try {
      Path parent = junit.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      try (Writer writer = Files.newBufferedWriter(junit, StandardCharsets.UTF_8)) {
        QueryTestsJunit.write(outcomes, started, writer);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + junit + ": " + e.getMessage(), e);
    }
  }

  private static List<Investigation> select(LoadedConfig config, List<String> names) {
    List<Investigation> all = config.state().investigations();
    for (String n : names) {
      if (all.stream().noneMatch(i -> i.name().equals(n))) {
        throw new IllegalArgumentException("no investigation named '" + n + "'");
      }
    }
    return names.isEmpty() ? all : all.stream().filter(i -> names.contains(i.name())).toList();
  }

  /** One case: its own sandbox and state directory, removed afterwards. */
  private List<String> run(LoadedConfig config, Investigation investigation, Investigation.TestCase test, PrintWriter err) {
    Path fixture = config.document().baseDirectory().resolve(test.fixture()).normalize();
    if (!Files.isDirectory(fixture)) {
      return List.of("fixture directory " + fixture + " does not exist");
    }
    Path work = temporary();
    try {
      Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(work.resolve("sandbox")).withFixtures(fixture).withPersist(false));
      try {
        setUp(sandbox.console(), config);
      } catch (RuntimeException e) {
        sandbox.close();
        throw e;
      }
      RunOptions options = new RunOptions();
      options.sandbox = true;
      options.stateDir = work;
      Run run = Run.open(config, options.settings(), options.place(err), err, () -> SandboxEndpointSource.owning(sandbox), Optional.empty());
      try (QuerySession session = QuerySession.open(run, clock, err)) {
        QueryResult result = new QueryEngine(session.sources(), Setup.of(config.state())).run(Queries.of(investigation, clock));
        return CaseCheck.mismatches(test.expect(), result);
      }
    } catch (Exception e) {
      return List.of("the case could not run: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    } finally {
      delete(work);
    }
  }

  /** As an applied file leaves the tenant: Exchange Online added, the file's ON policies on (ATP if it names none). */
  static void setUp(Console console, LoadedConfig config) {
    console.cas().addServiceAccount(CasConsole.EXCHANGE_ONLINE);
    List<String> on = config.state().cloudAppSecurity().map(CloudAppSecurity::policies).orElse(List.of()).stream()
        .filter(p -> p.status() == CloudAppSecurity.Status.ON).map(CloudAppSecurity.Policy::name).toList();
    if (config.state().cloudAppSecurity().map(c -> c.policies().isEmpty()).orElse(true)) {
      on = List.of(CasPolicy.ATP);
    }
    on.forEach(name -> console.cas().setPolicy(name, true));
  }

  private static Path temporary() {
    try {
      return Files.createTempDirectory("tiac-query-test");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory: " + e.getMessage(), e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover temporary directory is harmless
    }
  }
}
