package dev.tiac.cli;

import dev.tiac.app.PlanRun;
import dev.tiac.app.Run;
import dev.tiac.plan.Plan;
import dev.tiac.plan.render.PlanJson;
import dev.tiac.plan.render.PlanText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tiac plan FILE…}: refresh, compare, and show what apply would do. Changes nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "Show what apply would change, without changing anything.")
final class PlanCommand extends ServiceCommand {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Desired-state files, overlays after their base.")
  List<Path> files;

  @Option(names = "--out", paramLabel = "PLAN.json", description = "Also save the plan, for `tiac apply PLAN.json`.")
  Optional<Path> out;

  @Option(names = "--json", description = "Print the plan as JSON on stdout.")
  boolean json;

  @Option(names = "--detailed-exitcode", description = "Exit 2 when apply has changes to make, 0 when it has none (failing checks are shown; tiac drift counts them).")
  boolean detailedExitcode;

  @Mixin RemovalOptions removal = new RemovalOptions();

  @Override
  int run() {
    Plan.OptIns optIns = removal.optIns();
    try (Run run = open(files)) {
      PlanRun.Result result = new PlanRun(run, narration(run), options.maxApiShare).plan(new PlanRun.Request(optIns, this.out));
      // The remedies name commands: completed with this run's files and options, to run as printed.
      Plan plan = RunnableRemedies.complete(result.plan(), files, options);
      PrintWriter out = out();
      out.print(json ? PlanJson.write(plan, result.stamp()) + "\n" : text(options).render(plan));
      out.flush();
      return detailedExitcode && plan.hasChanges() ? ExitCode.CHANGES : ExitCode.OK;
    }
  }

  /** How plans are drawn as text for this run's terminal. */
  static PlanText text(RunOptions options) {
    return new PlanText(Terminal.style(options.noColor));
  }
}
