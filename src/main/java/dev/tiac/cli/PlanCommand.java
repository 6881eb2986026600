package dev.tiac.cli;

import dev.tiac.plan.Plan;
import dev.tiac.plan.Planner;
import dev.tiac.plan.render.PlanJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tiac plan FILE…}: refresh, compare, and show what apply would do. Changes nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "Show what apply would change, without changing anything.")
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions options;

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
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return Failures.guard(err, () -> {
      Plan.OptIns optIns = removal.optIns();
      try (RunContext run = RunContext.open(files, options, err)) {
        Planner.Result result = Planning.plan(run, run.stateView(), options, optIns, err);
        Plan plan = result.plan();
        this.out.ifPresent(file -> Planning.save(plan, file, run));
        out.print(json ? PlanJson.write(plan) + "\n" : Planning.text(options).render(plan));
        out.flush();
        return detailedExitcode && plan.hasChanges() ? ExitCode.CHANGES : ExitCode.OK;
      }
    });
  }
}
