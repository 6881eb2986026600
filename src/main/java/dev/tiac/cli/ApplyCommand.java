package dev.tiac.cli;

import dev.tiac.app.ApplyResult;
import dev.tiac.app.ApplyRun;
import dev.tiac.app.Run;
import dev.tiac.apply.Outcome;
import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.plan.Plan;
import dev.tiac.plan.render.SealedPlan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tiac apply FILE…} plans, shows and, once approved, applies; {@code tiac apply PLAN.json}
 * applies a saved plan. What may be applied is {@link ApplyRun}'s to decide; this parses the
 * command line into it, talks to the operator, and renders what it decided.
 */
@Command(name = "apply", mixinStandardHelpOptions = true, description = "Apply the desired state (or a saved plan) to the live services.")
final class ApplyCommand extends ServiceCommand {
  @Parameters(arity = "1..*", paramLabel = "FILE|PLAN.json", description = "Desired-state files, or one plan saved by `tiac plan --out`.")
  List<Path> inputs;

  @Option(names = "--auto-approve", description = "Apply without asking (for pipelines). Opt-ins in the file are still required.")
  boolean autoApprove;

  @Mixin RemovalOptions removal = new RemovalOptions();

  @Override
  int run() {
    Optional<SealedPlan> sealed = sealedPlan();
    if (sealed.isPresent() && removal.given()) {
      throw new IllegalArgumentException("--allow-delete and --allow-empty go to tiac plan: a saved plan applies with the opt-ins it was made with");
    }
    ApplyRun.Source source = sealed.<ApplyRun.Source>map(ApplyRun.FromSavedPlan::new).orElseGet(() -> new ApplyRun.FromFiles(removal.optIns()));
    List<Path> files = sealed.map(SealedPlan::files).orElse(inputs);
    Function<Address, String> attest = a -> AttestHint.command(files, options, a);
    // The lock comes before any service is read: a run that waited for it plans from what is live now.
    try (ApplyGuard guard = new ApplyGuard(out(), err()); Run run = openLocked(files, "apply", Run.Binding.CHECK)) {
      Optional<BufferedReader> terminal = System.console() == null ? Optional.empty()
          : Optional.of(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
      ApplyRun apply = new ApplyRun(run, narration(run), options.maxApiShare, new Conversation(terminal, attest, files), guard);
      return guard.exitCode(apply.apply(new ApplyRun.Request(source, autoApprove)).accept(new Rendering(attest, files)));
    }
  }

  /** The operator, on this terminal: the plan on stdout, the questions and the runbook on stderr. */
  private final class Conversation implements ApplyRun.Operator {
    private final Optional<BufferedReader> terminal;
    private final RunbookSteps steps;

    private final List<Path> files;

    Conversation(Optional<BufferedReader> terminal, Function<Address, String> attest, List<Path> files) {
      this.terminal = terminal;
      this.steps = new RunbookSteps(err(), terminal, attest);
      this.files = files;
    }

    @Override
    public void show(Plan plan, List<Address> leftForNextPlan) {
      out().print(PlanCommand.text(options).render(RunnableRemedies.complete(plan, files, options)));
      out().flush();
      leftForNextPlan.forEach(a -> err().println("tiac: " + a + " has a change the saved plan does not hold: left for the next tiac plan."));
    }

    @Override
    public boolean approves(Plan plan) {
      PrintWriter err = err();
      if (terminal.isEmpty()) {
        err.println("tiac: apply needs approval: run it in a terminal, or pass --auto-approve in a pipeline.");
        return false;
      }
      err.print("Apply these changes? Only 'yes' is accepted: ");
      err.flush();
      try {
        String answer = terminal.get().readLine();
        return answer != null && answer.trim().equals("yes");
      } catch (IOException e) {
        return false;
      }
    }

    @Override
    public Optional<String> confirmed(Change change) {
      return steps.perform(change);
    }
  }

  /** What the apply decided, in words; the exit code. */
  private final class Rendering implements ApplyResult.Cases<Integer> {
    private final Function<Address, String> attest;
    private final List<Path> files;

    Rendering(Function<Address, String> attest, List<Path> files) {
      this.attest = attest;
      this.files = files;
    }

    @Override
    public Integer stale(ApplyResult.Stale stale) {
      return error("tiac: error: " + stale.reason());
    }

    @Override
    public Integer refused(ApplyResult.Refused refused) {
      refused.reasons().forEach(reason -> err().println("tiac: refused " + reason + "."));
      return error("Nothing was applied.");
    }

    @Override
    public Integer noChanges(ApplyResult.NoChanges none) {
      out().println("No changes: the live services match the file.");
      return ExitCode.OK;
    }

    @Override
    public Integer missingLicences(ApplyResult.MissingLicences missing) {
      missing.licences().stream().map(c -> RunnableRemedies.complete(c, files, options))
          .forEach(c -> err().println("tiac: precondition failed: licence " + c.address().key() + " — "
              + c.check().orElseThrow().evidence() + ". " + String.join(" ", c.check().orElseThrow().remedy())));
      return error("Nothing was applied.");
    }

    @Override
    public Integer overBudget(ApplyResult.OverBudget over) {
      err().println("tiac: refused: " + over.reason() + ".");
      return error("Nothing was applied.");
    }

    @Override
    public Integer declined(ApplyResult.Declined declined) {
      return error("Apply cancelled; nothing was applied.");
    }

    @Override
    public Integer applied(ApplyResult.Applied applied) {
      return report(applied, attest, out(), err());
    }

    private int error(String line) {
      err().println(line);
      err().flush();
      return ExitCode.ERROR;
    }
  }

  private static int report(ApplyResult.Applied applied, Function<Address, String> attest, PrintWriter out, PrintWriter err) {
    List<Outcome> outcomes = applied.outcomes();
    for (Outcome o : outcomes) {
      (o.status() == Outcome.Status.FAILED ? err : out).println("  " + o.status().name().toLowerCase(Locale.ROOT) + " " + o.address()
          + (o.status() == Outcome.Status.APPLIED ? "" : ": " + o.detail())
          + (o.status() == Outcome.Status.PENDING ? "; once done, run: " + attest.apply(o.address()) : ""));
    }
    long failed = count(outcomes, Outcome.Status.FAILED);
    long pending = count(outcomes, Outcome.Status.PENDING);
    out.println("Apply: " + count(outcomes, Outcome.Status.APPLIED) + " applied, " + failed + " failed, "
        + count(outcomes, Outcome.Status.SKIPPED) + " skipped, " + pending + " pending a console step.");
    out.flush();
    if (failed > 0) {
      applied.deadlinePassed().ifPresent(deadline -> err.println("tiac: stopped: " + deadline + " passed; " + failed
          + " change(s) listed above were left undone."));
      err.println("Finished changes are recorded in state; run apply again to finish the rest.");
      return ExitCode.ERROR;
    }
    return pending > 0 ? ExitCode.CHANGES : ExitCode.OK;
  }

  private static long count(List<Outcome> outcomes, Outcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  private Optional<SealedPlan> sealedPlan() {
    if (inputs.size() != 1 || !inputs.get(0).toString().endsWith(".json")) {
      return Optional.empty();
    }
    try {
      return Optional.of(SealedPlan.parse(Files.readString(inputs.get(0), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + inputs.get(0) + ": " + e.getMessage(), e);
    }
  }
}
