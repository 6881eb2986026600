package dev.tiac.apply;

import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.spi.Capabilities;
import dev.tiac.plan.graph.DependencyGraph;
import dev.tiac.progress.Progress;
import dev.tiac.state.StateSaveException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Carries out a plan: level by level in dependency order, the changes of one level in parallel,
 * state written after every mutating call. A failure stops nothing already finished and skips
 * only what depends on it; the next run plans what is left.
 */
public final class Applier {
  private final Capabilities capabilities;
  private final ManualSteps manual;
  private final StateRecorder recorder;
  private final Function<DesiredResource, Map<String, String>> secrets;
  private final int parallelism;
  private final Progress progress;
  private final Halt halt;

  public Applier(Capabilities capabilities, ManualSteps manual, StateRecorder recorder,
      Function<DesiredResource, Map<String, String>> secrets, int parallelism) {
    this(capabilities, manual, recorder, secrets, parallelism, new Halt(), Progress.NONE);
  }

  /** An apply that stops starting changes once {@code halt} is asked for (a signal, a failed save). */
  public Applier(Capabilities capabilities, ManualSteps manual, StateRecorder recorder,
      Function<DesiredResource, Map<String, String>> secrets, int parallelism, Halt halt) {
    this(capabilities, manual, recorder, secrets, parallelism, halt, Progress.NONE);
  }

  /** As above, telling {@code progress} of each change as it ends. */
  public Applier(Capabilities capabilities, ManualSteps manual, StateRecorder recorder,
      Function<DesiredResource, Map<String, String>> secrets, int parallelism, Halt halt, Progress progress) {
    this.progress = progress;
    this.halt = halt;
    this.capabilities = capabilities;
    this.manual = manual;
    this.recorder = recorder;
    this.secrets = secrets;
    this.parallelism = Math.max(1, parallelism);
  }

  /**
   * Applies {@code changes}, each only if {@code guard} (derived in this run, not read from the
   * plan) allows it; when any is refused, none is applied. Whether a run may apply at all (opt-ins,
   * approval, budget) is its use case's to decide, before it gets here.
   */
  public List<Outcome> apply(List<Change> changes, List<DesiredResource> desired, Map<Address, LiveResource> live, Guard guard) {
    List<Outcome> refused = new ArrayList<>();
    for (Change change : changes.stream().filter(Change::isAction).toList()) {
      guard.refusal(change).ifPresent(w -> refused.add(new Outcome(change.address(), Outcome.Status.REFUSED, w)));
    }
    if (!refused.isEmpty()) {
      // Nothing is applied when any change lacks its opt-in: a partial apply would be a surprise.
      return List.copyOf(refused);
    }
    Map<Address, Change> byAddress = new HashMap<>();
    changes.stream().filter(Change::isAction).forEach(c -> byAddress.put(c.address(), c));
    progress.planned(Progress.Stage.APPLY, byAddress.keySet().stream().sorted().map(Applier::work).toList());
    recorder.creating(changes.stream().filter(c -> c.kind() == ChangeKind.CREATE).map(Change::address).sorted().toList());
    Map<Address, DesiredResource> wanted = new HashMap<>();
    desired.forEach(d -> wanted.put(d.address(), d));
    List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    Set<Address> blocked = Collections.synchronizedSet(new HashSet<>());
    // A console step awaiting its operator holds back automatic changes after it, but not the
    // console steps that follow it: the runbook lists the whole procedure at once, in order.
    Set<Address> pending = Collections.synchronizedSet(new HashSet<>());
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
      Thread t = new Thread(r, "tiac-apply");
      t.setDaemon(true);
      return t;
    });
    try {
      for (List<Address> level : DependencyGraph.of(desired).levels()) {
        Map<Address, Future<?>> running = new java.util.LinkedHashMap<>();
        for (Address address : level) {
          Change change = byAddress.get(address);
          DesiredResource resource = wanted.get(address);
          boolean manual = change != null && change.kind() == ChangeKind.MANUAL;
          if (resource.dependsOn().stream().anyMatch(d -> blocked.contains(d) || (!manual && pending.contains(d)))) {
            blocked.add(address);
            if (change != null) {
              outcomes.add(new Outcome(address, Outcome.Status.SKIPPED, "skipped: something it depends on did not finish"));
              progress.finished(work(address), "skipped (something it depends on did not finish)", Duration.ZERO);
            }
            continue;
          }
          if (change == null) {
            continue;
          }
          if (halt.requested()) {
            outcomes.add(notStarted(address));
            continue;
          }
          running.put(address, pool.submit(() -> {
            if (halt.requested()) {
              outcomes.add(notStarted(address));
              return;
            }
            Outcome outcome = run(change, Optional.of(resource), Optional.ofNullable(live.get(address)));
            outcomes.add(outcome);
            if (outcome.status() == Outcome.Status.PENDING) {
              pending.add(address);
            } else if (outcome.status() != Outcome.Status.APPLIED) {
              blocked.add(address);
            }
          }));
        }
        await(running, outcomes);
      }
      List<Change> deletes = new ArrayList<>(byAddress.values().stream().filter(c -> c.kind() == ChangeKind.DELETE).sorted((a, b) -> b.address().compareTo(a.address())).toList());
      for (Change delete : deletes) {
        outcomes.add(halt.requested() ? notStarted(delete.address())
            : run(delete, Optional.empty(), Optional.ofNullable(live.get(delete.address()))));
      }
    } finally {
      pool.shutdownNow();
    }
    return outcomes.stream().sorted((a, b) -> a.address().compareTo(b.address())).toList();
  }

  private static Progress.Work work(Address address) {
    return new Progress.Work(Progress.Stage.APPLY, address.kind().type(), address.toString());
  }

  /** One change, timed and reported to the progress listener as it ends. */
  private Outcome run(Change change, Optional<DesiredResource> desired, Optional<LiveResource> live) {
    long start = System.nanoTime();
    Outcome outcome = attempt(change, desired, live);
    progress.finished(work(change.address()), switch (outcome.status()) {
      case APPLIED -> past(change.kind());
      case FAILED -> "failed: " + outcome.detail();
      case PENDING -> "waiting for its console steps";
      case SKIPPED, REFUSED -> outcome.detail();
    }, Duration.ofNanos(System.nanoTime() - start));
    return outcome;
  }

  private static String past(ChangeKind kind) {
    return switch (kind) {
      case CREATE -> "created";
      case UPDATE -> "updated";
      case DELETE -> "deleted";
      case REPLACE -> "replaced";
      case MANUAL -> "confirmed";
      case NO_CHANGE, CHECK -> "nothing to do";
    };
  }

  private Outcome attempt(Change change, Optional<DesiredResource> desired, Optional<LiveResource> live) {
    Address address = change.address();
    try {
      switch (change.kind()) {
        case CREATE -> {
          LiveResource made = capabilities.creator(address.kind()).orElseThrow(() -> unsupported("create", change)).create(desired.orElseThrow());
          recorder.applied(address, made, true, secrets.apply(desired.orElseThrow()));
        }
        case UPDATE, REPLACE -> {
          LiveResource current = live.orElseThrow(() -> new IllegalStateException("no live object to update"));
          LiveResource updated = capabilities.updater(address.kind()).orElseThrow(() -> unsupported("update", change)).update(desired.orElseThrow(), current);
          recorder.applied(address, updated, false, secrets.apply(desired.orElseThrow()));
        }
        case DELETE -> {
          capabilities.deleter(address.kind()).orElseThrow(() -> unsupported("delete", change)).delete(live.orElseThrow());
          recorder.deleted(address);
        }
        case MANUAL -> {
          if (!manual.perform(change)) {
            return new Outcome(address, Outcome.Status.PENDING, "waiting for the console steps to be confirmed");
          }
          recorder.applied(address, LiveResource.of(address, desired.orElseThrow().attributes()), live.isEmpty(), secrets.apply(desired.orElseThrow()));
        }
        default -> {
          return new Outcome(address, Outcome.Status.SKIPPED, "nothing to do");
        }
      }
      return new Outcome(address, Outcome.Status.APPLIED, change.kind().words());
    } catch (StateSaveException e) {
      // The service made the change; only its record is missing. Starting more would widen the gap.
      halt.request("the state could not be saved");
      return new Outcome(address, Outcome.Status.APPLIED, "applied, but the state could not be saved");
    } catch (RuntimeException e) {
      return new Outcome(address, Outcome.Status.FAILED, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  private Outcome notStarted(Address address) {
    return new Outcome(address, Outcome.Status.SKIPPED, "not started: " + halt.reason().orElse("the apply stopped"));
  }

  private static IllegalStateException unsupported(String verb, Change change) {
    return new IllegalStateException("tiac cannot " + verb + " " + change.address().kind().type() + " through its driver");
  }

  /**
   * Waits for a level's changes. Once a halt is asked for, the calls in flight get what is left of
   * {@link Halt#GRACE}; one still running then is reported as unknown (the state's {@code
   * creating} list lets the next run find out) and abandoned.
   */
  private void await(Map<Address, Future<?>> running, List<Outcome> outcomes) {
    for (Map.Entry<Address, Future<?>> entry : running.entrySet()) {
      Future<?> future = entry.getValue();
      try {
        while (true) {
          try {
            future.get(halt.requested() ? halt.graceLeft().toMillis() : 200, java.util.concurrent.TimeUnit.MILLISECONDS);
            break;
          } catch (java.util.concurrent.TimeoutException e) {
            if (halt.requested() && halt.graceLeft().isZero()) {
              future.cancel(true);
              outcomes.add(new Outcome(entry.getKey(), Outcome.Status.FAILED, "still running " + Halt.GRACE.toSeconds()
                  + " s after the apply stopped (" + halt.reason().orElse("halt") + "); its result is unknown, the next plan finds out"));
              break;
            }
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      } catch (java.util.concurrent.CancellationException e) {
        // abandoned above
      }
    }
  }
}
