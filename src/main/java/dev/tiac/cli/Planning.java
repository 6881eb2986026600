package dev.tiac.cli;

import dev.tiac.plan.Plan;
import dev.tiac.plan.Planner;
import dev.tiac.plan.ResourceKind;
import dev.tiac.plan.StoredStateView;
import dev.tiac.plan.render.SealedPlan;
import dev.tiac.plan.render.PlanText;
import dev.tiac.state.DocumentMac;
import dev.tiac.progress.Progress;
import dev.tiac.progress.ProgressDisplay;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.time.Duration;
import java.util.List;

/** The steps plan, apply and drift share: compute a plan, show it, save it. */
final class Planning {
  private Planning() {}

  /** The purpose a saved plan's MAC is made for: no other document's MAC passes for it. */
  static final String PLAN_MAC_PURPOSE = "tiac saved plan v1";

  static Planner.Result plan(RunContext run, StoredStateView state, RunOptions options, Plan.OptIns optIns, PrintWriter err) {
    state.requireFingerprintKey();
    Budget.checkRefresh(run.catalog.services().refreshCost(), options.maxApiShare);
    err.println("tiac: refreshing live state ...");
    err.flush();
    Set<ResourceKind> deletable = EnumSet.noneOf(ResourceKind.class);
    for (ResourceKind kind : ResourceKind.values()) {
      run.catalog.capabilities().deleter(kind).ifPresent(d -> deletable.add(kind));
    }
    Planner.Result result;
    try (ProgressDisplay display = Terminal.progress(err, run.waits)) {
      Planner planner = new Planner(options.parallelism, options.debug ? withDebug(display, err) : display);
      result = planner.plan(run.config, run.catalog.services(), state, run::secrets, optIns, deletable);
    }
    // Known only now that the changes are: the plan says so, apply refuses to start.
    Plan plan = Budget.overrun(result.plan().cost(), options.maxApiShare)
        .map(over -> result.plan().withWarning("apply will refuse this plan: " + over)).orElse(result.plan());
    return new Planner.Result(RunnableRemedies.complete(plan, run.config.document().files(), options), result.desired(), result.live());
  }

  /** The display, plus one --debug line as each read or check starts. */
  private static Progress withDebug(ProgressDisplay display, PrintWriter err) {
    return new Progress() {
      @Override
      public void planned(Stage stage, List<Work> work) {
        display.planned(stage, work);
      }

      @Override
      public void started(Work work) {
        synchronized (display) {
          err.println("tiac: " + work.name());
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

  static PlanText text(RunOptions options) {
    return new PlanText(Terminal.style(options.noColor));
  }

  /**
   * Writes a saved plan readable only by its owner (it names every resource of the setup), bound
   * by a MAC under the state key so that apply can tell it was not edited since.
   */
  static void save(Plan plan, Path file, RunContext run) {
    // A saved plan is checked under the same key later, so a key made for this run is kept now.
    run.stateKey().keep();
    DocumentMac mac = new DocumentMac(run.stateKey(), PLAN_MAC_PURPOSE);
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, ".plan-", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(temp, SealedPlan.write(plan, mac::sign), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
