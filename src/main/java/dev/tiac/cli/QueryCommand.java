package dev.tiac.cli;

import dev.tiac.app.QueryRun;
import dev.tiac.app.QuerySession;
import dev.tiac.app.WaitRelay;
import dev.tiac.config.ConfigLoader;
import dev.tiac.config.LoadedConfig;
import dev.tiac.config.diagnostics.InvalidConfigException;
import dev.tiac.progress.ProgressDisplay;
import dev.tiac.query.Queries;
import dev.tiac.query.Query;
import dev.tiac.query.Setup;
import dev.tiac.query.plan.CallPlanner;
import dev.tiac.query.render.Format;
import dev.tiac.query.render.PlanRenderer;
import dev.tiac.query.respond.ResponsePlan;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tiac query FILE… [NAME…]}: runs the file's investigations. Exit 0 when every query
 * answered, 3 with {@code --fail-on-match} when any found something, 1 when one could not answer.
 */
@Command(
    name = "query",
    description = "Run the investigations declared in the desired-state files (all, or the NAMEs given).",
    mixinStandardHelpOptions = true,
    subcommands = QueryTestCommand.class)
public final class QueryCommand extends ServiceCommand {
  /** Opens the sources a run reads from: the file's connections, or the sandbox with --sandbox. */
  @FunctionalInterface
  interface SourcesFactory {
    QuerySession open(List<Path> files, RunOptions options, PrintWriter err, Clock clock) throws Exception;
  }

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
  int run() throws Exception {
    PrintWriter out = out();
    PrintWriter err = err();
    FilesAndNames given = FilesAndNames.of(arguments);
    List<Path> files = given.files();
    if (files.isEmpty()) {
      err.println("tiac query: give at least one desired-state file before the investigation names");
      return ExitCode.USAGE;
    }
    LoadedConfig config;
    List<Query> queries;
    try {
      config = new ConfigLoader(clock).load(files);
      queries = Queries.select(config.state(), given.names(), clock);
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
      QueryRun query = new QueryRun(session.sources(), Setup.of(config.state()));
      QueryRun.Result result;
      // Progress on stderr only: stdout carries the results, in whichever format was asked for.
      try (ProgressDisplay display = Terminal.progress(err, session.waits().orElseGet(() -> new WaitRelay(err)))) {
        result = query.run(queries, display);
      }
      out.print(format.render(result.results()));
      out.flush();
      if (respond) {
        Conversation conversation = new Conversation(format == Format.table ? out : err);
        if (!conversation.said(query.respond(result, autoApprove, conversation))) {
          return ExitCode.ERROR;
        }
      }
      if (result.unanswered()) {
        return ExitCode.ERROR;
      }
      return result.matched() && failOnMatch ? ExitCode.MATCHED : ExitCode.OK;
    }
  }

  /** The operator of --respond: the plan and the question on {@code to}, the answer from the command's input. */
  private final class Conversation implements QueryRun.Operator {
    private final PrintWriter to;

    Conversation(PrintWriter to) {
      this.to = to;
    }

    @Override
    public void show(List<ResponsePlan> plans) {
      to.println("Responses planned:");
      plans.forEach(p -> {
        p.actions().forEach(a -> to.println("  + " + p.investigation() + ": " + a.kind() + " " + a.target() + "  [" + a.call() + "]"));
        p.notes().forEach(n -> to.println("  note: " + n));
      });
    }

    @Override
    public boolean approves(List<ResponsePlan> plans) {
      to.print("Do you want to perform these actions? Only 'yes' will be accepted: ");
      to.flush();
      try {
        String answer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        return "yes".equals(answer == null ? "" : answer.trim());
      } catch (java.io.IOException e) {
        return false;
      }
    }

    /** Whether every response was carried out, each said as it ended. */
    boolean said(QueryRun.Responses responses) {
      return responses.accept(new QueryRun.Cases<Boolean>() {
        @Override
        public Boolean noneToRun() {
          to.println("No responses to run: no finding has a respond block.");
          return true;
        }

        @Override
        public Boolean declined() {
          err().println("Responses cancelled; nothing was changed.");
          return false;
        }

        @Override
        public Boolean ran(QueryRun.Ran ran) {
          ran.outcomes().forEach(o -> to.println((o.done() ? "  done: " : "  FAILED: ") + o.action().kind() + " " + o.action().target() + ": " + o.message()));
          return ran.allDone();
        }
      });
    }
  }

  private static QuerySession open(List<Path> files, RunOptions options, PrintWriter err, Clock clock) {
    return QuerySession.open(options.open(files, err, Optional.empty()), clock, err);
  }
}
