package dev.tiac.cli;

import dev.tiac.apply.Applier;
import dev.tiac.apply.Guard;
import dev.tiac.apply.ManualSteps;
import dev.tiac.apply.Outcome;
import dev.tiac.apply.SavedPlanMatch;
import dev.tiac.apply.SessionRecorder;
import dev.tiac.contract.Change;
import dev.tiac.plan.Plan;
import dev.tiac.plan.Planner;
import dev.tiac.plan.StoredStateView;
import dev.tiac.plan.diff.Removal;
import dev.tiac.plan.render.SealedPlan;
import dev.tiac.progress.ProgressDisplay;
import dev.tiac.state.DocumentMac;
import dev.tiac.state.LockRequest;
import dev.tiac.state.StateSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tiac apply FILE…} plans, shows and, once approved, applies; {@code tiac apply PLAN.json}
 * applies a saved plan: it refuses one edited since it was written (its MAC) or made from files,
 * state or live objects that have moved since, derives the plan again, and applies only what both
 * hold with the same decision.
 */
@Command(name = "apply", mixinStandardHelpOptions = true, description = "Apply the desired state (or a saved plan) to the live services.")
final class ApplyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions options;

  @Parameters(arity = "1..*", paramLabel = "FILE|PLAN.json", description = "Desired-state files, or one plan saved by `tiac plan --out`.")
  List<Path> inputs;

  @Option(names = "--auto-approve", description = "Apply without asking (for pipelines). Opt-ins in the file are still required.")
  boolean autoApprove;

  @Mixin RemovalOptions removal = new RemovalOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return Failures.guard(err, () -> {
      Optional<SealedPlan> sealed = sealedPlan();
      if (sealed.isPresent() && removal.given()) {
        throw new IllegalArgumentException("--allow-delete and --allow-empty go to tiac plan: a saved plan applies with the opt-ins it was made with");
      }
      Plan.OptIns given = removal.optIns();
      List<Path> files = sealed.map(SealedPlan::files).orElse(inputs);
      // The lock comes before any service is read: a run that waited for it plans from what is live now.
      try (ApplyGuard guard = new ApplyGuard(out, err);
          RunContext run = RunContext.openLocked(files, options, err, new LockRequest("apply", Versions.current()), RunContext.Binding.CHECK)) {
        // Before anything is read or planned: an edited plan is no plan at all.
        Optional<Plan> saved = sealed.map(s -> s.verify(new DocumentMac(run.stateKey(), Planning.PLAN_MAC_PURPOSE)::verify));
        saved.ifPresent(p -> unchangedFiles(p, files));
        return apply(run, run.session(), guard, saved, saved.map(Plan::optIns).orElse(given), out, err);
      }
    });
  }

  private int apply(RunContext run, StateSession session, ApplyGuard guard, Optional<Plan> saved, Plan.OptIns optIns, PrintWriter out, PrintWriter err) {
    StoredStateView state = new StoredStateView(session.state(), run.fingerprinter);
    Planner.Result fresh = Planning.plan(run, state, options, optIns, err);
    saved.ifPresent(p -> stale(p, fresh.plan()));
    Plan plan = saved.orElse(fresh.plan());
    out.print(Planning.text(options).render(plan));
    out.flush();
    SessionRecorder recorder = new SessionRecorder(session, run.fingerprinter, run.clock);
    List<String> refusals = new ArrayList<>();
    List<Change> changes;
    if (saved.isPresent()) {
      SavedPlanMatch match = SavedPlanMatch.of(saved.get(), fresh.plan());
      refusals.addAll(match.refusals());
      match.onlyInFresh().forEach(a -> err.println("tiac: " + a + " has a change the saved plan does not hold: left for the next tiac plan."));
      changes = match.toApply();
    } else {
      fresh.plan().changes().stream().filter(c -> c.isAction() && c.isRefused())
          .forEach(c -> refusals.add(c.address() + ": " + c.consequence().orElse("it weakens security") + "; the file must opt in"));
      fresh.plan().removals().stream().filter(Removal::isRefused).forEach(r -> refusals.add(r.address() + ": " + r.reason()));
      changes = fresh.plan().changes();
    }
    if (!refusals.isEmpty()) {
      refusals.forEach(r -> err.println("tiac: refused " + r + "."));
      err.println("Nothing was applied.");
      return ExitCode.ERROR;
    }
    if (changes.stream().noneMatch(Change::isAction)) {
      recorder.settle(fresh.plan().changes(), fresh.live());
      out.println("No changes: the live services match the file.");
      return ExitCode.OK;
    }
    List<Change> missingLicences = fresh.plan().changes().stream()
        .filter(c -> c.address().kind() == dev.tiac.contract.ResourceKind.LICENCE)
        .filter(c -> c.check().map(o -> o.status() == dev.tiac.contract.CheckOutcome.Status.FAIL).orElse(false)).toList();
    if (!missingLicences.isEmpty()) {
      // Licences are the procedure's first step: nothing after them can work without them.
      missingLicences.forEach(c -> err.println("tiac: precondition failed: licence " + c.address().key() + " — "
          + c.check().orElseThrow().evidence() + ". " + String.join(" ", c.check().orElseThrow().remedy())));
      err.println("Nothing was applied.");
      return ExitCode.ERROR;
    }
    Optional<String> overBudget = Budget.overrun(fresh.plan().cost(), options.maxApiShare);
    if (overBudget.isPresent()) {
      err.println("tiac: refused: " + overBudget.get() + ".");
      err.println("Nothing was applied.");
      return ExitCode.ERROR;
    }
    Optional<BufferedReader> operator = System.console() == null ? Optional.empty()
        : Optional.of(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    // A saved plan was reviewed when it was made: applying it asks nothing again, as in Terraform.
    if (saved.isEmpty() && !autoApprove && !approved(operator, err)) {
      err.println("Apply cancelled; nothing was applied.");
      return ExitCode.ERROR;
    }
    recorder.settle(fresh.plan().changes(), fresh.live());
    List<Path> files = run.config.document().files();
    List<Outcome> outcomes;
    try (ProgressDisplay display = Terminal.progress(err, run.waits)) {
      RunbookSteps steps = new RunbookSteps(err, operator, session, run.clock, a -> AttestHint.command(files, options, a));
      // The operator reads the steps and answers on the same terminal as the status line.
      ManualSteps asked = change -> {
        display.suspend();
        try {
          return steps.perform(change);
        } finally {
          display.resume();
        }
      };
      Applier applier = new Applier(run.catalog.capabilities(), asked, recorder, run::secrets, options.parallelism, guard.halt(), display);
      Guard changeGuard = Guard.of(fresh.plan(), state.owned(), fresh.desired());
      outcomes = guard.during(session, () -> applier.apply(changes, fresh.desired(), fresh.live(), changeGuard));
    }
    return guard.exitCode(report(outcomes, run.clients.deadline(), a -> AttestHint.command(files, options, a), out, err));
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

  /** The files a saved plan names must hold what they held when it was made, byte for byte. */
  private static void unchangedFiles(Plan saved, List<Path> files) {
    Map<String, String> now;
    try {
      now = Planner.hashes(files);
    } catch (UncheckedIOException e) {
      throw new IllegalStateException("the saved plan is stale: a desired-state file it names cannot be read (" + e.getMessage() + "); run tiac plan again", e);
    }
    List<String> changed = saved.inputHashes().keySet().stream().filter(f -> !saved.inputHashes().get(f).equals(now.get(f))).sorted().toList();
    if (!changed.isEmpty()) {
      throw new IllegalStateException("the saved plan is stale: the desired-state files changed since it was made ("
          + String.join(", ", changed) + "); run tiac plan again");
    }
  }

  /** A saved plan applies only to exactly what it saw: same state, same files, same live objects. */
  private static Plan stale(Plan saved, Plan now) {
    if (!saved.lineage().equals(now.lineage()) || saved.serial() != now.serial()) {
      throw new IllegalStateException("the saved plan is stale: state moved from serial " + saved.serial() + " to " + now.serial()
          + (saved.lineage().equals(now.lineage()) ? "" : " (another lineage)") + " since it was made; run tiac plan again");
    }
    if (!saved.inputHashes().equals(now.inputHashes())) {
      // Checked before the run too; again here, in case a file moved while it was being read.
      throw new IllegalStateException("the saved plan is stale: the desired-state files changed while it was being applied; run tiac plan again");
    }
    for (var entry : saved.liveFingerprints().entrySet()) {
      if (!entry.getValue().equals(now.liveFingerprints().get(entry.getKey()))) {
        throw new IllegalStateException("the saved plan is stale: " + entry.getKey() + " changed in the live service since it was made; run tiac plan again");
      }
    }
    return saved;
  }

  private static boolean approved(Optional<BufferedReader> operator, PrintWriter err) {
    if (operator.isEmpty()) {
      err.println("tiac: apply needs approval: run it in a terminal, or pass --auto-approve in a pipeline.");
      return false;
    }
    err.print("Apply these changes? Only 'yes' is accepted: ");
    err.flush();
    try {
      String answer = operator.get().readLine();
      return answer != null && answer.trim().equals("yes");
    } catch (IOException e) {
      return false;
    }
  }

  private static int report(List<Outcome> outcomes, dev.tiac.http.RunDeadline deadline, java.util.function.Function<dev.tiac.contract.Address, String> attest,
      PrintWriter out, PrintWriter err) {
    long applied = outcomes.stream().filter(o -> o.status() == Outcome.Status.APPLIED).count();
    long failed = outcomes.stream().filter(o -> o.status() == Outcome.Status.FAILED).count();
    long pending = outcomes.stream().filter(o -> o.status() == Outcome.Status.PENDING).count();
    long skipped = outcomes.stream().filter(o -> o.status() == Outcome.Status.SKIPPED).count();
    for (Outcome o : outcomes) {
      (o.status() == Outcome.Status.FAILED ? err : out).println("  " + o.status().name().toLowerCase(java.util.Locale.ROOT) + " " + o.address()
          + (o.status() == Outcome.Status.APPLIED ? "" : ": " + o.detail())
          + (o.status() == Outcome.Status.PENDING ? "; once done, run: " + attest.apply(o.address()) : ""));
    }
    out.println("Apply: " + applied + " applied, " + failed + " failed, " + skipped + " skipped, " + pending + " pending a console step.");
    out.flush();
    if (failed > 0) {
      if (deadline.passed()) {
        err.println("tiac: stopped: " + deadline.describe() + " passed; " + failed + " change(s) listed above were left undone.");
      }
      err.println("Finished changes are recorded in state; run apply again to finish the rest.");
      return ExitCode.ERROR;
    }
    return pending > 0 ? ExitCode.CHANGES : ExitCode.OK;
  }
}
