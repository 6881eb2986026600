package dev.tiac.cli;

import dev.tiac.plan.Planner;
import dev.tiac.plan.StoredStateView;
import dev.tiac.plan.render.PlanJson;
import dev.tiac.plan.render.PlanText;
import dev.tiac.plan.render.Style;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** The steps plan, apply and drift share: compute a plan, show it, save it. */
final class Planning {
  private Planning() {}

  static Planner.Result plan(RunContext run, StoredStateView state, RunOptions options, boolean allowEmpty, PrintWriter err) {
    Planner planner = new Planner(options.parallelism, step -> {
      if (options.debug) {
        err.println("tiac: " + step);
      }
    });
    state.requireFingerprintKey();
    Budget.checkRefresh(run.catalog.services().refreshCost(), options.maxApiShare);
    err.println("tiac: refreshing live state ...");
    err.flush();
    Planner.Result result = planner.plan(run.config, run.catalog.services(), state, run::secrets, allowEmpty);
    // Known only now that the changes are: the plan says so, apply refuses to start.
    return Budget.overrun(result.plan().cost(), options.maxApiShare)
        .map(over -> new Planner.Result(result.plan().withWarning("apply will refuse this plan: " + over), result.desired(), result.live()))
        .orElse(result);
  }

  static PlanText text(RunOptions options) {
    boolean terminal = System.console() != null && !options.noColor;
    return new PlanText(Style.forTerminal(terminal, System.getenv()));
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
