package dev.tiac.app;

import dev.tiac.apply.Applier;
import dev.tiac.apply.Guard;
import dev.tiac.apply.Halt;
import dev.tiac.apply.Outcome;
import dev.tiac.apply.SavedPlanMatch;
import dev.tiac.apply.SessionRecorder;
import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.SetupStep;
import dev.tiac.plan.Plan;
import dev.tiac.plan.Planner;
import dev.tiac.plan.StoredStateView;
import dev.tiac.plan.diff.Removal;
import dev.tiac.plan.render.SealedPlan;
import dev.tiac.progress.ProgressDisplay;
import dev.tiac.state.DocumentMac;
import dev.tiac.state.StateSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code tiac apply}: the run policy of an apply, in the order it is decided. A saved plan must be
 * unedited (its MAC) and not stale; the plan is derived again in this run and shown; then, each
 * stopping the run with nothing applied, a refused change or removal, the licences the procedure
 * starts with, the API budget, and the operator's approval; then the changes, with the console
 * steps confirmed by the operator. Run on a {@link Run} that holds the lock.
 */
public final class ApplyRun {
  private final Run run;
  private final Narration narration;
  private final PlanRun planning;
  private final Operator operator;
  private final Watch watch;

  public ApplyRun(Run run, Narration narration, int maxApiShare, Operator operator, Watch watch) {
    this.run = run;
    this.narration = narration;
    this.planning = new PlanRun(run, narration, maxApiShare);
    this.operator = operator;
    this.watch = watch;
  }

  /** The person an apply answers to; the use case itself reads and writes no terminal. */
  public interface Operator {
    /** The plan about to be applied, and the changes found now that a saved plan does not hold (left for the next plan). */
    void show(Plan plan, List<Address> leftForNextPlan);

    /** Asked once, only for a plan derived in this run that has changes and nothing refused: true to apply it. */
    boolean approves(Plan plan);

    /** A console change's steps, shown; who confirmed them done, or empty to leave the change pending. */
    Optional<String> confirmed(Change change);
  }

  /** What stops an apply from outside (a signal, a failed save) and watches it while it changes things. */
  public interface Watch {
    Halt halt();

    /** Runs the changes; {@code session} is the state they are saved in. */
    List<Outcome> during(StateSession session, Supplier<List<Outcome>> apply);

    /** Nothing from outside: the changes run to their end. */
    static Watch none() {
      Halt halt = new Halt();
      return new Watch() {
        @Override
        public Halt halt() {
          return halt;
        }

        @Override
        public List<Outcome> during(StateSession session, Supplier<List<Outcome>> apply) {
          return apply.get();
        }
      };
    }
  }

  /** What to apply: the files' plan derived now, or a saved plan. */
  public sealed interface Source permits FromFiles, FromSavedPlan {}

  /** The plan of the run's files, with the command line's removal opt-ins. */
  public record FromFiles(Plan.OptIns optIns) implements Source {}

  /** A plan saved by {@code tiac plan --out}; it carries its own opt-ins, and was reviewed when it was made. */
  public record FromSavedPlan(SealedPlan sealed) implements Source {}

  /** @param autoApprove apply without asking (pipelines); opt-ins in the file are still required */
  public record Request(Source source, boolean autoApprove) {}

  public ApplyResult apply(Request request) {
    Optional<SealedPlan> sealed = request.source() instanceof FromSavedPlan s ? Optional.of(s.sealed()) : Optional.empty();
    // Before anything is read or planned: an edited plan is no plan at all.
    Optional<Plan> saved = sealed.map(s -> s.verify(new DocumentMac(run.stateKey(), PlanRun.PLAN_MAC_PURPOSE)::verify));
    Optional<String> stale = saved.flatMap(p -> SavedPlans.changedFiles(p, sealed.orElseThrow().files()));
    if (stale.isPresent()) {
      return new ApplyResult.Stale(stale.get());
    }
    StateSession session = run.session();
    StoredStateView state = new StoredStateView(session.state(), run.fingerprinter());
    Plan.OptIns optIns = saved.map(Plan::optIns).orElseGet(() -> ((FromFiles) request.source()).optIns());
    Planner.Result fresh = planning.derive(state, optIns);
    stale = saved.flatMap(p -> SavedPlans.moved(p, fresh.plan()));
    if (stale.isPresent()) {
      return new ApplyResult.Stale(stale.get());
    }
    List<String> refusals = new ArrayList<>();
    List<Change> changes;
    List<Address> leftForNextPlan = List.of();
    if (saved.isPresent()) {
      SavedPlanMatch match = SavedPlanMatch.of(saved.get(), fresh.plan());
      refusals.addAll(match.refusals());
      leftForNextPlan = match.onlyInFresh();
      changes = match.toApply();
    } else {
      fresh.plan().changes().stream().filter(c -> c.isAction() && c.isRefused())
          .forEach(c -> refusals.add(c.address() + ": " + c.consequence().orElse("it weakens security") + "; the file must opt in"));
      fresh.plan().removals().stream().filter(Removal::isRefused).forEach(r -> refusals.add(r.address() + ": " + r.reason()));
      changes = fresh.plan().changes();
    }
    operator.show(saved.orElse(fresh.plan()), leftForNextPlan);
    return decide(request, saved.isPresent(), refusals, changes, fresh, state);
  }

  private ApplyResult decide(Request request, boolean saved, List<String> refusals, List<Change> changes, Planner.Result fresh, StoredStateView state) {
    if (!refusals.isEmpty()) {
      return new ApplyResult.Refused(refusals);
    }
    StateSession session = run.session();
    SessionRecorder recorder = new SessionRecorder(session, run.fingerprinter(), run.clock());
    if (changes.stream().noneMatch(Change::isAction)) {
      recorder.settle(fresh.plan().changes(), fresh.live());
      return new ApplyResult.NoChanges();
    }
    // Licences are the procedure's first step: nothing after them can work without them.
    List<Change> missingLicences = fresh.plan().changes().stream().filter(c -> run.catalog().services().kinds().of(c.address().kind()).step() == SetupStep.LICENCES)
        .filter(c -> c.check().map(o -> o.status() == CheckOutcome.Status.FAIL).orElse(false)).toList();
    if (!missingLicences.isEmpty()) {
      return new ApplyResult.MissingLicences(missingLicences);
    }
    Optional<String> overBudget = planning.overBudget(fresh.plan());
    if (overBudget.isPresent()) {
      return new ApplyResult.OverBudget(overBudget.get());
    }
    // A saved plan was reviewed when it was made: applying it asks nothing again, as in Terraform.
    if (!saved && !request.autoApprove() && !operator.approves(fresh.plan())) {
      return new ApplyResult.Declined();
    }
    recorder.settle(fresh.plan().changes(), fresh.live());
    List<Outcome> outcomes;
    try (ProgressDisplay display = narration.progress()) {
      ConfirmedSteps steps = new ConfirmedSteps(operator::confirmed, display, session, run.clock());
      Applier applier = new Applier(run.catalog().capabilities(), steps, recorder, run::secrets, run.settings().parallelism(), watch.halt(), display);
      Guard guard = Guard.of(fresh.plan(), state.owned(), fresh.desired());
      outcomes = watch.during(session, () -> applier.apply(changes, fresh.desired(), fresh.live(), guard));
    }
    var deadline = run.clients().deadline();
    return new ApplyResult.Applied(outcomes, deadline.passed() ? Optional.of(deadline.describe()) : Optional.empty());
  }
}
