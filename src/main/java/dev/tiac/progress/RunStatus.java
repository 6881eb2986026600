package dev.tiac.progress;

import dev.tiac.progress.Progress.Count;
import dev.tiac.progress.Progress.Stage;
import dev.tiac.progress.Progress.Work;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one stage of a run has done so far, and the words for it: the one-line status, and the line
 * each finished piece of work earns. Not thread-safe: {@link ProgressDisplay} holds its lock around it.
 */
final class RunStatus {
  private Stage stage = Stage.REFRESH;
  private long started;
  private final Map<String, int[]> services = new LinkedHashMap<>();
  private final Map<String, Counting> counts = new LinkedHashMap<>();
  private int total;
  private int done;
  private Optional<Wait> wait = Optional.empty();

  private record Wait(String reason, long until) {}

  private record Counting(Count count, long since) {}

  RunStatus(long now) {
    this.started = now;
  }

  void planned(Stage next, List<Work> work, long now) {
    stage = next;
    started = now;
    wait = Optional.empty();
    services.clear();
    counts.clear();
    total = work.size();
    done = 0;
    if (next == Stage.REFRESH) {
      work.forEach(w -> services.computeIfAbsent(w.service(), s -> new int[2])[1]++);
    }
  }

  Stage stage() {
    return stage;
  }

  Duration elapsed(long now) {
    return Duration.ofNanos(now - started);
  }

  /** The line a finished piece of work earns: each change and investigation, and each service once all its reads are done. */
  Optional<String> finished(Work work, String outcome, Duration took, long now) {
    wait = Optional.empty();
    if (work.stage() != Stage.REFRESH) {
      done++;
      return Optional.of("[" + done + "/" + Math.max(total, done) + "] " + work.name() + ": " + outcome + " (" + Elapsed.of(took) + ")");
    }
    int[] read = services.computeIfAbsent(work.service(), s -> new int[] {0, 1});
    read[0]++;
    return read[0] == read[1] ? Optional.of(work.service() + ": " + read[0] + "/" + read[1] + " read (" + Elapsed.of(elapsed(now)) + ")")
        : Optional.empty();
  }

  /** Keeps the latest count of its read; one that ends earns a line if it took long enough to be noticed. */
  Optional<String> counted(Count count, long now, Duration noticed) {
    String key = count.service() + " " + count.unit();
    long since = Optional.ofNullable(counts.get(key)).map(Counting::since).orElse(now);
    if (!count.complete()) {
      counts.put(key, new Counting(count, since));
      return Optional.empty();
    }
    counts.remove(key);
    Duration took = Duration.ofNanos(now - since);
    return took.compareTo(noticed) >= 0 ? Optional.of(count.service() + ": " + count.shown() + " read (" + Elapsed.of(took) + ")") : Optional.empty();
  }

  void waiting(String reason, Duration remaining, long now) {
    wait = Optional.of(new Wait(reason, now + remaining.toNanos()));
  }

  /**
   * The one-line status: what is under way and the time so far first, then any wait with its time
   * left and reason, then how much is done, then what is still being read (a paged read's pages, the
   * services not done), so that a narrow terminal cuts the least telling part.
   */
  String line(long now) {
    StringBuilder line = new StringBuilder(switch (stage) {
      case REFRESH -> "Refreshing";
      case APPLY -> "Applying";
      case QUERY -> "Querying";
      case LOCK -> "Waiting for the state lock";
    }).append(", ").append(Elapsed.of(elapsed(now)));
    // The time left before the reason: a narrow terminal cuts the end of a long reason, not the count-down.
    wait.ifPresent(w -> line.append(" — ").append(Elapsed.of(Duration.ofNanos(Math.max(0, w.until() - now)))).append(" left: ")
        .append(w.reason()));
    int read = services.values().stream().mapToInt(r -> r[0]).sum();
    switch (stage) {
      case REFRESH -> line.append(" — ").append(read).append('/').append(total).append(" read");
      case APPLY -> line.append(" — ").append(done).append('/').append(total).append(" changes");
      case QUERY -> line.append(" — ").append(done).append('/').append(total).append(total == 1 ? " investigation" : " investigations");
      case LOCK -> { }
    }
    List<String> parts = new ArrayList<>();
    counts.values().forEach(c -> parts.add(c.count().service() + " " + c.count().shown()));
    services.forEach((service, r) -> {
      if (r[0] < r[1]) {
        parts.add(service + " " + r[0] + "/" + r[1]);
      }
    });
    return parts.isEmpty() ? line.toString() : line.append(" — ").append(String.join(" · ", parts)).toString();
  }
}
