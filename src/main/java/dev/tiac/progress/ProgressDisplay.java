package dev.tiac.progress;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress on stderr, as people know it from Terraform and modern CLIs. On a terminal: one status
 * line redrawn in place ("Refreshing, 6.0 s — Cloud App Security 3/4 · Apex Central 2/5"), with each
 * applied change printed above it. Elsewhere (CI logs, pipes): plain lines, one per change, and the
 * status again whenever nothing was printed for {@link #QUIET}, so a log never goes silent for long.
 * A run that ends within {@link #QUIET} prints only its applied changes.
 */
public final class ProgressDisplay implements Progress, AutoCloseable {
  /** The longest a plain log stays silent while work goes on. */
  static final Duration QUIET = Duration.ofMillis(1_500);
  private static final long TICK_MILLIS = 250;

  private final PrintWriter err;
  private final boolean live;
  private final LongSupplier nanos;
  private final Optional<ScheduledExecutorService> ticker;
  private final int columns;
  private final Runnable onClose;

  private Stage stage = Stage.REFRESH;
  private final Map<String, int[]> services = new LinkedHashMap<>();
  private int applyTotal;
  private int applyDone;
  private Optional<Wait> wait = Optional.empty();
  private long stageStarted;
  private long lastPrinted;
  private boolean lineShown;
  private boolean suspended;

  private record Wait(String reason, long until) {}

  private ProgressDisplay(PrintWriter err, boolean live, LongSupplier nanos, boolean tick, int columns, Runnable onClose) {
    this.onClose = onClose;
    this.err = err;
    this.columns = Math.max(20, columns);
    this.live = live;
    this.nanos = nanos;
    this.stageStarted = nanos.getAsLong();
    this.lastPrinted = stageStarted;
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
    stage = next;
    stageStarted = nanos.getAsLong();
    lastPrinted = stageStarted;
    wait = Optional.empty();
    if (next == Stage.REFRESH) {
      services.clear();
      work.forEach(w -> services.computeIfAbsent(w.service(), s -> new int[2])[1]++);
    } else {
      applyTotal = work.size();
      applyDone = 0;
    }
    redraw();
  }

  @Override
  public synchronized void finished(Work work, String outcome, Duration took) {
    wait = Optional.empty();
    if (work.stage() == Stage.APPLY) {
      applyDone++;
      print("[" + applyDone + "/" + Math.max(applyTotal, applyDone) + "] " + work.name() + ": " + outcome + " (" + seconds(took) + ")");
      return;
    }
    int[] counts = services.computeIfAbsent(work.service(), s -> new int[] {0, 1});
    counts[0]++;
    if (!live && counts[0] == counts[1] && elapsed().compareTo(QUIET) >= 0) {
      print(work.service() + ": " + counts[0] + "/" + counts[1] + " read (" + seconds(elapsed()) + ")");
    } else {
      redraw();
    }
  }

  @Override
  public synchronized void waiting(String reason, Duration remaining) {
    wait = Optional.of(new Wait(reason, nanos.getAsLong() + remaining.toNanos()));
    if (remaining.compareTo(Duration.ofSeconds(1)) >= 0 && !live) {
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

  /** Redraws the live line, or prints the status on a plain log that has been quiet for {@link #QUIET}. */
  synchronized void tick() {
    if (suspended) {
      return;
    }
    if (live) {
      redraw();
    } else if (Duration.ofNanos(nanos.getAsLong() - lastPrinted).compareTo(QUIET) >= 0) {
      print(status());
    }
  }

  /**
   * The one-line status: what is under way and the time so far first, then any wait with its reason
   * and time left, then the counts, so that a narrow terminal cuts the least telling part.
   */
  synchronized String status() {
    StringBuilder line = new StringBuilder(stage == Stage.REFRESH ? "Refreshing" : "Applying").append(", ").append(seconds(elapsed()));
    wait.ifPresent(w -> {
      Duration left = Duration.ofNanos(Math.max(0, w.until() - nanos.getAsLong()));
      line.append(" — ").append(w.reason()).append(" (").append(seconds(left)).append(" left)");
    });
    line.append(" — ");
    if (stage == Stage.REFRESH) {
      String separator = "";
      for (Map.Entry<String, int[]> e : services.entrySet()) {
        line.append(separator).append(e.getKey()).append(' ').append(e.getValue()[0]).append('/').append(e.getValue()[1]);
        separator = " · ";
      }
    } else {
      line.append(applyDone).append('/').append(applyTotal).append(" changes");
    }
    return line.toString();
  }

  @Override
  public synchronized void close() {
    onClose.run();
    ticker.ifPresent(ScheduledExecutorService::shutdownNow);
    clearLine();
    err.flush();
  }

  private Duration elapsed() {
    return Duration.ofNanos(nanos.getAsLong() - stageStarted);
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

  private static String seconds(Duration d) {
    return Elapsed.of(d);
  }
}
