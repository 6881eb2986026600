package dev.tiac.app;

import dev.tiac.contract.ResourceKind;
import dev.tiac.plan.Plan;
import dev.tiac.plan.Planner;
import dev.tiac.plan.StoredStateView;
import dev.tiac.plan.render.PlanStamp;
import dev.tiac.plan.render.SealedPlan;
import dev.tiac.progress.Progress;
import dev.tiac.progress.ProgressDisplay;
import dev.tiac.state.DocumentMac;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code tiac plan}: refresh, compare, and say what apply would do, changing nothing; optionally
 * save the plan, sealed, for a later apply. Apply and drift derive their plans the same way.
 */
public final class PlanRun {
  /** The purpose a saved plan's MAC is made for: no other document's MAC passes for it. */
  public static final String PLAN_MAC_PURPOSE = "tiac saved plan v1";

  private final Run run;
  private final Narration narration;
  private final int maxApiShare;

  /** @param maxApiShare the share of a rate-limited service's per-minute budget (percent) one run may use */
  public PlanRun(Run run, Narration narration, int maxApiShare) {
    this.run = run;
    this.narration = narration;
    this.maxApiShare = maxApiShare;
  }

  /** What to plan with: the command line's removal opt-ins, and where to save the plan, if anywhere. */
  public record Request(Plan.OptIns optIns, Optional<Path> saveTo) {}

  /** The plan, where it was saved, and the version and time its JSON states. */
  public record Result(Plan plan, Optional<Path> savedTo, PlanStamp stamp) {}

  public Result plan(Request request) {
    Plan plan = derive(run.stateView(), request.optIns()).plan();
    PlanStamp stamp = new PlanStamp(run.settings().version(), run.clock().instant());
    request.saveTo().ifPresent(file -> save(plan, stamp, file));
    return new Result(plan, request.saveTo(), stamp);
  }

  /**
   * The plan from {@code state} and what is live now. A refresh that alone would go over the API
   * share is refused before anything is read; a run whose apply would go over it is planned with
   * a warning (apply refuses it).
   */
  Planner.Result derive(StoredStateView state, Plan.OptIns optIns) {
    state.requireFingerprintKey();
    Budget.checkRefresh(run.catalog().services().refreshCost(), maxApiShare);
    narration.say("tiac: refreshing live state ...");
    Set<ResourceKind> deletable = EnumSet.noneOf(ResourceKind.class);
    for (ResourceKind kind : ResourceKind.values()) {
      run.catalog().capabilities().deleter(kind).ifPresent(d -> deletable.add(kind));
    }
    Planner.Result result;
    try (ProgressDisplay display = narration.progress()) {
      Planner planner = new Planner(run.settings().parallelism(), run.settings().debug() ? withDebug(display) : display);
      result = planner.plan(run.config(), run.catalog().services(), state, run::secrets, optIns, deletable);
    }
    // Known only now that the changes are: the plan says so, apply refuses to start.
    return overBudget(result.plan())
        .map(over -> new Planner.Result(result.plan().withWarning("apply will refuse this plan: " + over), result.desired(), result.live()))
        .orElse(result);
  }

  /** Why the run's calls, refresh and apply, go over the API share, if they do. */
  Optional<String> overBudget(Plan plan) {
    return Budget.overrun(plan.cost(), maxApiShare);
  }

  /** The display, plus one --debug line as each read or check starts. */
  private Progress withDebug(ProgressDisplay display) {
    return new Progress() {
      @Override
      public void planned(Stage stage, List<Work> work) {
        display.planned(stage, work);
      }

      @Override
      public void started(Work work) {
        synchronized (display) {
          narration.say("tiac: " + work.name());
        }
      }

      @Override
      public void finished(Work work, String outcome, Duration took) {
        display.finished(work, outcome, took);
      }

      @Override
      public void waiting(String reason, Duration remaining) {
        display.waiting(reason, remaining);
      }
    };
  }

  /**
   * Writes a saved plan readable only by its owner (it names every resource of the setup), bound
   * by a MAC under the state key so that apply can tell it was not edited since.
   */
  private void save(Plan plan, PlanStamp stamp, Path file) {
    // A saved plan is checked under the same key later, so a key made for this run is kept now.
    run.stateKey().keep();
    DocumentMac mac = new DocumentMac(run.stateKey(), PLAN_MAC_PURPOSE);
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, ".plan-", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(temp, SealedPlan.write(plan, stamp, mac::sign), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
