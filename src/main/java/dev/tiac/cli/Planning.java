package dev.tiac.cli;

import dev.tiac.plan.Planner;
import dev.tiac.plan.StoredStateView;
import dev.tiac.plan.render.PlanJson;
import dev.tiac.plan.render.PlanText;
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
import java.time.Duration;
import java.util.List;

/** The steps plan, apply and drift share: compute a plan, show it, save it. */
final class Planning {
  private Planning() {}

  static Planner.Result plan(RunContext run, StoredStateView state, RunOptions options, boolean allowEmpty, PrintWriter err) {
    Budget.checkRefresh(run.catalog.services().refreshCost(), options.maxApiShare);
    err.println("tiac: refreshing live state ...");
    err.flush();
    Planner.Result result;
    try (ProgressDisplay display = Terminal.progress(err, run.waits)) {
      Planner planner = new Planner(options.parallelism, options.debug ? withDebug(display, err) : display);
      result = planner.plan(run.config, run.catalog.services(), state, run::secrets, allowEmpty);
    }
    // Known only now that the changes are: the plan says so, apply refuses to start.
    return Budget.overrun(result.plan().cost(), options.maxApiShare)
        .map(over -> new Planner.Result(result.plan().withWarning("apply will refuse this plan: " + over), result.desired(), result.live()))
        .orElse(result);
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

  /** Writes a saved plan readable only by its owner: it names every resource of the setup. */
  static void save(dev.tiac.plan.Plan plan, Path file) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, ".plan-", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(temp, PlanJson.write(plan), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
