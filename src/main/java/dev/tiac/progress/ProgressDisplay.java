package dev.tiac.progress;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress on stderr, as people know it from Terraform and modern CLIs. On a terminal: one status
 * line redrawn in place ("Refreshing, 6.0 s — Cloud App Security 3/4 · Endpoint Sensor 32/50 pages"),
 * with each finished piece printed above it. Elsewhere (CI logs, pipes): plain lines, and the status
 * again whenever nothing was printed for {@link #QUIET}, so a log never goes silent for long.
 * Applied changes are always printed; a refresh's services and a query's investigations only once
 * their stage has run for {@link #QUIET}, so a quick plan or query prints nothing but its result.
 */
public final class ProgressDisplay implements Progress, AutoCloseable {
  /** The longest a plain log stays silent while work goes on, and how long a stage runs before its lines show. */
  static final Duration QUIET = Duration.ofMillis(1_500);
  private static final long TICK_MILLIS = 250;

  private final PrintWriter err;
  private final boolean live;
  private final LongSupplier nanos;
  private final Optional<ScheduledExecutorService> ticker;
  private final int columns;
  private final Runnable onClose;
  private final RunStatus status;
  /** Lines of a stage that has not yet run for {@link #QUIET}: dropped if it ends before, printed once it has. */
  private final List<String> held = new ArrayList<>();

  private long lastPrinted;
  private boolean lineShown;
  private boolean suspended;

  private ProgressDisplay(PrintWriter err, boolean live, LongSupplier nanos, boolean tick, int columns, Runnable onClose) {
    this.onClose = onClose;
    this.err = err;
    this.columns = Math.max(20, columns);
    this.live = live;
    this.nanos = nanos;
    this.status = new RunStatus(nanos.getAsLong());
    this.lastPrinted = nanos.getAsLong();
    this.ticker = tick ? Optional.of(Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "tiac-progress");
      t.setDaemon(true);
      return t;
    })) : Optional.empty();
    ticker.ifPresent(t -> t.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS));
  }

  /** A display on {@code err} that refreshes itself; {@code live} when stderr is a terminal; {@code onClose} runs as it closes. */
  public static ProgressDisplay on(PrintWriter err, boolean live, int columns, Runnable onClose) {
    return new ProgressDisplay(err, live, System::nanoTime, true, columns, onClose);
  }

  /** A display driven by the caller's clock and {@link #tick} calls, for tests. */
  static ProgressDisplay manual(PrintWriter err, boolean live, LongSupplier nanos) {
    return new ProgressDisplay(err, live, nanos, false, 80, () -> { });
  }

  @Override
  public synchronized void planned(Stage next, List<Work> work) {
    held.clear();
    status.planned(next, work, nanos.getAsLong());
    lastPrinted = nanos.getAsLong();
    redraw();
  }

  @Override
  public synchronized void finished(Work work, String outcome, Duration took) {
    status.finished(work, outcome, took, nanos.getAsLong()).ifPresentOrElse(
        line -> report(line, work.stage() == Stage.APPLY), this::redraw);
  }

  @Override
  public synchronized void counted(Count count) {
    status.counted(count, nanos.getAsLong(), QUIET).ifPresentOrElse(line -> report(line, false), this::redraw);
  }

  /** A wait of a second or more is printed as it starts, whole, in a log and above a terminal's status line, which then counts it down. */
  @Override
  public synchronized void waiting(String reason, Duration remaining) {
    status.waiting(reason, remaining, nanos.getAsLong());
    if (remaining.compareTo(Duration.ofSeconds(1)) >= 0) {
      print(reason);
    } else {
      redraw();
    }
  }

  /** Clears the status line and stops drawing it, while the operator is asked something on the same terminal. */
  public synchronized void suspend() {
    clearLine();
    suspended = true;
  }

  public synchronized void resume() {
    suspended = false;
    lastPrinted = nanos.getAsLong();
    redraw();
  }

  /** Prints held lines once the stage is long enough, redraws the live line, or repeats the status on a quiet plain log. */
  synchronized void tick() {
    if (suspended) {
      return;
    }
    if (!held.isEmpty() && longEnough()) {
      List<String> lines = List.copyOf(held);
      held.clear();
      lines.forEach(this::print);
    }
    if (live) {
      redraw();
    } else if (Duration.ofNanos(nanos.getAsLong() - lastPrinted).compareTo(QUIET) >= 0) {
      print(status());
    }
  }

  synchronized String status() {
    return status.line(nanos.getAsLong());
  }

  @Override
  public synchronized void close() {
    onClose.run();
    ticker.ifPresent(ScheduledExecutorService::shutdownNow);
    clearLine();
    err.flush();
  }

  private boolean longEnough() {
    return status.elapsed(nanos.getAsLong()).compareTo(QUIET) >= 0;
  }

  private void report(String line, boolean always) {
    if (always || longEnough()) {
      print(line);
    } else {
      held.add(line);
      redraw();
    }
  }

  private void print(String line) {
    clearLine();
    err.println(line);
    lastPrinted = nanos.getAsLong();
    redraw();
  }

  private void redraw() {
    if (!live || suspended) {
      err.flush();
      return;
    }
    String line = status();
    // A line wider than the terminal wraps, and the carriage return would then redraw only its tail.
    err.print("\r" + (line.length() >= columns ? line.substring(0, columns - 2) + "…" : line) + "\u001b[K");
    err.flush();
    lineShown = true;
  }

  private void clearLine() {
    if (live && lineShown) {
      err.print("\r\u001b[K");
      lineShown = false;
    }
  }
}
