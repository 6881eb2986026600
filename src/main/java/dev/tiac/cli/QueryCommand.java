package dev.tiac.cli;

import dev.tiac.config.ConfigLoader;
import dev.tiac.config.InvalidConfigException;
import dev.tiac.config.LoadedConfig;
import dev.tiac.progress.ProgressDisplay;
import dev.tiac.query.Queries;
import dev.tiac.query.Query;
import dev.tiac.query.QueryEngine;
import dev.tiac.query.QueryResult;
import dev.tiac.query.Setup;
import dev.tiac.query.plan.CallPlanner;
import dev.tiac.query.render.Format;
import dev.tiac.query.render.PlanRenderer;
import dev.tiac.query.respond.ResponseExecutor;
import dev.tiac.query.respond.ResponseOutcome;
import dev.tiac.query.respond.ResponsePlan;
import dev.tiac.query.source.QuerySources;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tiac query FILE… [NAME…]}: runs the file's investigations. Exit 0 when every query
 * answered, 3 with {@code --fail-on-match} when any found something, 1 when one could not answer.
 */
@Command(
    name = "query",
    description = "Run the investigations declared in the desired-state files (all, or the NAMEs given).",
    mixinStandardHelpOptions = true,
    subcommands = QueryTestCommand.class)
public final class QueryCommand implements Callable<Integer> {
  /** Opens the sources a run reads from: the file's connections, or the sandbox with --sandbox. */
  @FunctionalInterface
  interface SourcesFactory {
    QuerySession open(List<Path> files, RunOptions options, PrintWriter err, Clock clock) throws Exception;
  }

  @Spec CommandSpec spec;

  @Mixin RunOptions options;

  @Parameters(arity = "0..*", paramLabel = "FILE|NAME", description = "Desired-state YAML files, then optionally investigation names.")
  List<String> arguments = new ArrayList<>();

  @Option(names = "--format", defaultValue = "table", description = "table, json, markdown or html (default ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--fail-on-match", description = "Exit 3 when any investigation has a finding (scheduled detection jobs).")
  boolean failOnMatch;

  @Option(names = "--dry-run", description = "State each query's window, scope and the calls it will make; contact nothing.")
  boolean dryRun;

  @Option(names = "--respond", description = "After the run, plan the investigations' respond actions and execute them once confirmed.")
  boolean respond;

  @Option(names = "--auto-approve", description = "With --respond, skip the interactive confirmation.")
  boolean autoApprove;

  private final SourcesFactory sources;
  private final Clock clock;
  private final InputStream in;

  public QueryCommand() {
    this(QueryCommand::open, Clock.systemUTC(), System.in);
  }

  /** For tests: where sources, time and answers come from. */
  QueryCommand(SourcesFactory sources, Clock clock, InputStream in) {
    this.sources = sources;
    this.clock = clock;
    this.in = in;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FilesAndNames given = FilesAndNames.of(arguments);
    List<Path> files = given.files();
    List<String> names = given.names();
    if (files.isEmpty()) {
      err.println("tiac query: give at least one desired-state file before the investigation names");
      return ExitCode.USAGE;
    }
    LoadedConfig config;
    List<Query> queries;
    try {
      config = new ConfigLoader(clock).load(files);
      queries = Queries.select(config.state(), names, clock);
    } catch (InvalidConfigException e) {
      e.diagnostics().forEach(d -> err.println(d.format()));
      return ExitCode.ERROR;
    } catch (IllegalArgumentException e) {
      err.println("tiac query: " + e.getMessage());
      return ExitCode.ERROR;
    }
    if (dryRun) {
      out.print(PlanRenderer.render(queries.stream().map(CallPlanner::plan).toList(), format));
      return ExitCode.OK;
    }
    try (QuerySession session = sources.open(files, options, err, clock)) {
      List<QueryResult> results;
      // Progress on stderr only: stdout carries the results, in whichever format was asked for.
      try (ProgressDisplay display = Terminal.progress(err, session.waits().orElseGet(() -> new WaitRelay(err)))) {
        results = new QueryEngine(session.sources(), Setup.of(config.state()), display).run(queries);
      }
      out.print(format.render(results));
      out.flush();
      if (respond && !respond(results, session.sources(), format == Format.table ? out : err)) {
        return ExitCode.ERROR;
      }
      return exitCode(results);
    }
  }

  private int exitCode(List<QueryResult> results) {
    if (results.stream().anyMatch(r -> r.status() == QueryResult.Status.FAILED || r.status() == QueryResult.Status.PREREQUISITE_MISSING)) {
      return ExitCode.ERROR;
    }
    boolean matched = results.stream().anyMatch(r -> r.status() == QueryResult.Status.MATCHED);
    return matched && failOnMatch ? ExitCode.MATCHED : ExitCode.OK;
  }

  /** Shows the plan first; runs it only on "yes" (or --auto-approve), as apply does. */
  private boolean respond(List<QueryResult> results, QuerySources sources, PrintWriter to) throws Exception {
    List<ResponsePlan> plans = results.stream().map(ResponsePlan::of).filter(p -> !p.actions().isEmpty()).toList();
    if (plans.isEmpty()) {
      to.println("No responses to run: no finding has a respond block.");
      return true;
    }
    to.println("Responses planned:");
    plans.forEach(p -> {
      p.actions().forEach(a -> to.println("  + " + p.investigation() + ": " + a.kind() + " " + a.target() + "  [" + a.call() + "]"));
      p.notes().forEach(n -> to.println("  note: " + n));
    });
    if (!autoApprove) {
      to.print("Do you want to perform these actions? Only 'yes' will be accepted: ");
      to.flush();
      String answer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
      if (!"yes".equals(answer == null ? "" : answer.trim())) {
        spec.commandLine().getErr().println("Responses cancelled; nothing was changed.");
        return false;
      }
    }
    boolean allDone = true;
    ResponseExecutor executor = new ResponseExecutor(sources.responder());
    for (ResponsePlan p : plans) {
      for (ResponseOutcome o : executor.execute(p)) {
        to.println((o.done() ? "  done: " : "  FAILED: ") + o.action().kind() + " " + o.action().target() + ": " + o.message());
        allDone &= o.done();
      }
    }
    return allDone;
  }

  private static QuerySession open(List<Path> files, RunOptions options, PrintWriter err, Clock clock) {
    return QuerySession.open(RunContext.open(files, options, err), clock, options.debug, err);
  }
}
