package dev.tiac.plan.refresh;

import dev.tiac.contract.Address;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.spi.Checker;
import dev.tiac.contract.spi.ReadContext;
import dev.tiac.contract.spi.ResourceType;
import dev.tiac.contract.spi.Unreadable;
import dev.tiac.progress.Progress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads everything live at once, bounded by the parallelism: one list call per kind, never one
 * call per item. Any failed read fails the refresh: an unreadable kind is an error, never "gone";
 * only a read refused for a reason outside the resources (a licence) is reported per resource instead.
 */
public final class Refresher {
  private final int parallelism;
  private final Progress progress;

  public Refresher(int parallelism, Progress progress) {
    this.parallelism = Math.max(1, parallelism);
    this.progress = progress;
  }

  /** What a refresh saw. */
  public record Result(Map<Address, LiveResource> live, Map<Address, CheckOutcome> checks, Set<ResourceKind> readKinds) {
    public Result {
      live = Map.copyOf(live);
      checks = Map.copyOf(checks);
      readKinds = Set.copyOf(readKinds);
    }
  }

  public Result refresh(List<ResourceType> types, List<Checker> checkers, List<DesiredResource> desired, ReadContext context) {
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
      Thread t = new Thread(r, "tiac-refresh");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Progress.Work> work = new ArrayList<>();
      types.forEach(t -> work.add(new Progress.Work(Progress.Stage.REFRESH, t.kind().type(), "reading " + t.kind().type())));
      checkers.forEach(c -> work.add(new Progress.Work(Progress.Stage.REFRESH, c.kind().type(), "checking " + c.kind().type())));
      progress.planned(Progress.Stage.REFRESH, work);
      List<Future<List<LiveResource>>> reads = new ArrayList<>();
      for (int i = 0; i < types.size(); i++) {
        ResourceType type = types.get(i);
        Progress.Work item = work.get(i);
        reads.add(pool.submit(() -> reported(item, () -> type.list(context))));
      }
      List<Future<Map<Address, CheckOutcome>>> checks = new ArrayList<>();
      for (int i = 0; i < checkers.size(); i++) {
        Checker checker = checkers.get(i);
        Progress.Work item = work.get(types.size() + i);
        List<DesiredResource> mine = desired.stream().filter(d -> d.address().kind() == checker.kind()).toList();
        checks.add(pool.submit(() -> reported(item, () -> checker.check(mine, context))));
      }
      Map<Address, LiveResource> live = new HashMap<>();
      Set<ResourceKind> kinds = EnumSet.noneOf(ResourceKind.class);
      List<String> failures = new ArrayList<>();
      Map<Address, CheckOutcome> outcomes = new HashMap<>();
      for (int i = 0; i < types.size(); i++) {
        ResourceKind kind = types.get(i).kind();
        try {
          reads.get(i).get().forEach(l -> live.put(l.address(), l));
          kinds.add(kind);
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Unreadable refused) {
            // Refused for a reason outside the resources (a licence): they are reported, not planned, and the kind
            // counts as unread, so nothing the state records of it reads as gone.
            desired.stream().filter(d -> d.address().kind() == kind).forEach(d -> outcomes.put(d.address(), refused.outcome()));
          } else {
            failures.add(kind.type() + ": " + message(e.getCause()));
          }
        }
      }
      for (int i = 0; i < checkers.size(); i++) {
        try {
          outcomes.putAll(checks.get(i).get());
        } catch (ExecutionException e) {
          failures.add(checkers.get(i).kind().type() + ": " + message(e.getCause()));
        }
      }
      if (!failures.isEmpty()) {
        throw new RefreshException(failures);
      }
      return new Result(live, outcomes, kinds);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RefreshException(List.of("interrupted"));
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs one read or check, telling the progress listener when it starts and how it ended. */
  private <T> T reported(Progress.Work item, Callable<T> body) throws Exception {
    progress.started(item);
    long start = System.nanoTime();
    try {
      T result = body.call();
      progress.finished(item, "done", Duration.ofNanos(System.nanoTime() - start));
      return result;
    } catch (Exception | Error e) {
      progress.finished(item, "failed", Duration.ofNanos(System.nanoTime() - start));
      throw e;
    }
  }

  private static String message(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** One or more kinds could not be read; nothing may be planned from a partial picture. */
  public static final class RefreshException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> failures;

    public RefreshException(List<String> failures) {
      super("could not read the live services, so nothing was planned:\n  " + String.join("\n  ", failures));
      this.failures = List.copyOf(failures);
    }

    public List<String> failures() {
      return failures;
    }
  }
}
