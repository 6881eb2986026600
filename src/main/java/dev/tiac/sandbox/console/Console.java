package dev.tiac.sandbox.console;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The console-only state of the simulated tenant and the operations an administrator performs on it.
 * Both the management API and {@code tiac sandbox console} call these; every change is handed to the
 * persistence hook. Product-area operations live in {@link CasConsoleOps}, {@link ApexCentralConsoleOps}
 * and {@link PolicyOps}.
 */
public final class Console {
  private final Clock clock;
  private final Duration pollDelay;
  private final Function<ConsoleState, Runnable> onChange;
  private final Function<String, Optional<String>> dotNetOfHost;
  private ConsoleState state;

  public Console(ConsoleState initial, Clock clock, Duration pollDelay, Function<String, Optional<String>> dotNetOfHost,
      Function<ConsoleState, Runnable> onChange) {
    this.state = initial;
    this.clock = clock;
    this.pollDelay = pollDelay;
    this.dotNetOfHost = dotNetOfHost;
    this.onChange = onChange;
  }

  public synchronized ConsoleState state() {
    return state;
  }

  public Clock clock() {
    return clock;
  }

  public Duration pollDelay() {
    return pollDelay;
  }

  Optional<String> dotNetOf(String host) {
    return dotNetOfHost.apply(host);
  }

  /**
   * Applies one change atomically and returns once the new snapshot is kept. The wait for the
   * write happens outside the lock, so changes made meanwhile can share that write.
   */
  ConsoleState update(UnaryOperator<ConsoleState> change) {
    ConsoleState next;
    Runnable commit;
    synchronized (this) {
      next = change.apply(state);
      state = next;
      commit = onChange.apply(next);
    }
    commit.run();
    return next;
  }

  /** Replaces the whole console with an earlier snapshot (a test resetting a served sandbox). */
  public void restore(ConsoleState snapshot) {
    update(s -> snapshot);
  }

  public CasConsoleOps cas() {
    return new CasConsoleOps(this);
  }

  public ApexCentralConsoleOps apexCentral() {
    return new ApexCentralConsoleOps(this);
  }

  public PolicyOps policies() {
    return new PolicyOps(this);
  }

  static ConsoleException invalid(String message) {
    return new ConsoleException(ConsoleException.Kind.INVALID, message);
  }

  static ConsoleException notFound(String message) {
    return new ConsoleException(ConsoleException.Kind.NOT_FOUND, message);
  }

  static ConsoleException conflict(String message) {
    return new ConsoleException(ConsoleException.Kind.CONFLICT, message);
  }
}
