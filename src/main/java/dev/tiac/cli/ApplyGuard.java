package dev.tiac.cli;

import dev.tiac.app.ApplyRun;
import dev.tiac.apply.Halt;
import dev.tiac.apply.Outcome;
import dev.tiac.state.SaveFailure;
import dev.tiac.state.StateSession;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What an apply owes the operator when it stops early. On SIGINT or SIGTERM it stops starting
 * changes, lets those in flight finish (up to {@link Halt#GRACE}), saves, releases the lock and
 * says what was applied and what was not, exiting 130 or 143; a second signal exits at once. When
 * the state cannot be saved it stops starting changes too, and prints where the state went
 * instead (or the state itself) with the changes only it records. Declared first among an apply's
 * resources, it closes last: its closing words come after the lock is released.
 */
final class ApplyGuard implements ApplyRun.Watch, AutoCloseable {
  private final PrintWriter out;
  private final PrintWriter err;
  private final Halt halt = new Halt();
  private final AtomicReference<Signals.Kind> signalled = new AtomicReference<>();
  private Optional<StateSession> session = Optional.empty();
  private List<Outcome> outcomes = List.of();

  ApplyGuard(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Halt halt() {
    return halt;
  }

  /** Runs the apply with the signals routed here; the JVM's own handling comes back after it. */
  @Override
  public List<Outcome> during(StateSession watched, Supplier<List<Outcome>> apply) {
    this.session = Optional.of(watched);
    Signals signals = Signals.route(this::onSignal);
    try {
      outcomes = apply.get();
      return outcomes;
    } finally {
      signals.close();
    }
  }

  private void onSignal(Signals.Kind kind) {
    if (!signalled.compareAndSet(null, kind)) {
      err.println("tiac: second interrupt: exiting at once. The state holds every change saved so far; run plan to see the rest.");
      err.flush();
      Runtime.getRuntime().halt(kind.exitCode);
    }
    halt.request("interrupted (SIG" + kind + ")");
    err.println("tiac: SIG" + kind + " received: starting no more changes; those in flight get up to "
        + Halt.GRACE.toSeconds() + " s to finish, then the state is saved and the lock released. Press Ctrl-C again to exit at once.");
    err.flush();
  }

  /** The apply's exit code: 130 or 143 after a signal, 1 after a failed save, else {@code code}. */
  int exitCode(int code) {
    if (signalled.get() != null) {
      return signalled.get().exitCode;
    }
    return session.flatMap(StateSession::saveFailure).isPresent() ? ExitCode.ERROR : code;
  }

  @Override
  public void close() {
    Optional<SaveFailure> failed = session.flatMap(StateSession::saveFailure);
    failed.ifPresent(this::reportSaveFailure);
    Signals.Kind kind = signalled.get();
    if (kind != null) {
      long applied = count(Outcome.Status.APPLIED);
      long notStarted = outcomes.stream().filter(o -> o.detail().startsWith("not started")).count();
      err.println("tiac: interrupted by SIG" + kind + ": " + applied + " of " + outcomes.size() + " changes applied"
          + (failed.isPresent() ? "" : " and saved") + ", " + notStarted + " not started, "
          + (outcomes.size() - applied - notStarted) + " failed or unknown (listed above). "
          + (failed.isPresent() ? "" : "The state lock is released. Run apply again to finish."));
    }
    err.flush();
    out.flush();
  }

  private long count(Outcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  /** One account with one piece of advice: where the state is, what only it records, what to run. */
  private void reportSaveFailure(SaveFailure f) {
    err.println("tiac: error: the state could not be saved to " + f.location() + ": " + f.reason() + ".");
    err.println("  No change was started after that. These " + f.unrecorded().size()
        + " changes were made in the services but are not in the state at " + f.location() + ":");
    f.unrecorded().forEach(a -> err.println("    " + dev.tiac.plan.render.Printable.clean(a)));
    if (f.writtenTo().isPresent()) {
      err.println("  The complete state was written to " + f.writtenTo().get() + ". Do not run apply again until it is"
          + " pushed: fix the cause, then run `tiac state push` with the same --state-dir and backend options.");
    } else {
      err.println("  It could be written nowhere, so it is printed below (ids and fingerprints, no secrets)."
          + " Save it to a file; once storage works, run `tiac state push FILE` (same options) before any other apply.");
      err.flush();
      out.println("----- unsaved tiac state -----");
      out.print(f.unsaved().orElse(""));
      out.println("----- end of unsaved tiac state -----");
    }
  }
}
