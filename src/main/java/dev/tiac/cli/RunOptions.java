package dev.tiac.cli;

import dev.tiac.app.EndpointSource;
import dev.tiac.app.Run;
import dev.tiac.app.RunSettings;
import dev.tiac.app.StatePlace;
import dev.tiac.config.ConfigLoader;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every command that talks to the services shares, and what they make of a run. */
final class RunOptions {
  @Option(names = "--sandbox", description = "Point every connection at the embedded sandbox (the running `tiac sandbox serve` of this directory, or one started in process).")
  boolean sandbox;

  @Option(names = "--debug", description = "Log every HTTP call, its timing and each retry decision to stderr (credentials are always redacted).")
  boolean debug;

  @Option(names = "--parallelism", paramLabel = "N", defaultValue = "10", converter = PositiveIntConverter.class, description = "Concurrent reads and changes (default: ${DEFAULT-VALUE}).")
  int parallelism = 10;

  @Option(names = "--lock-timeout", paramLabel = "DURATION", defaultValue = "0s", converter = DurationConverter.class,
      description = "How long to wait for the state lock, e.g. 30s or 2m (default: ${DEFAULT-VALUE}).")
  Duration lockTimeout = Duration.ZERO;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30m", converter = DurationConverter.class,
      description = "Stop the run after this long, e.g. 20s, 10m or 1h: no new call is sent, state is saved, the lock released, and what was left is reported (default: ${DEFAULT-VALUE}).")
  Duration timeout = Duration.ofMinutes(30);

  /** When the command began: --timeout counts from here, loading the file and waiting for the lock included. */
  final java.time.Instant started = java.time.Instant.now();

  @Option(names = "--call-timeout", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
      description = "Give up on one call whose server has not answered completely after this long (default: ${DEFAULT-VALUE}); waits for a rate limit are not counted.")
  Duration callTimeout = Duration.ofSeconds(60);

  @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = ".tiac",
      description = "Where state, its key and the sandbox's world are kept (default: ${DEFAULT-VALUE}); a --sandbox run keeps its state in DIR/sandbox/" + StateBackends.SANDBOX_STATE + ".")
  java.nio.file.Path stateDir;

  @Option(names = "--max-api-share", paramLabel = "PERCENT", defaultValue = "50",
      description = "Refuse to start a run whose calls would use more than this share of a service's per-minute limit (default: ${DEFAULT-VALUE}%%), leaving the rest to the integrations that share the token.")
  int maxApiShare = 50;

  @Option(names = "--no-color", description = "Never colour output (also: the NO_COLOR environment variable).")
  boolean noColor;

  @Mixin BackendOptions backend = new BackendOptions();

  /** How the run talks to the services and waits for the state. */
  RunSettings settings() {
    return new RunSettings(Versions.current(), parallelism, callTimeout, timeout, started, debug, lockTimeout);
  }

  /** Where the run's state is: the state dir, the sandbox's own directory, or a remote backend. */
  StatePlace place(PrintWriter err) {
    java.nio.file.Path home = StateBackends.home(stateDir, sandbox, backend);
    return new StatePlace(StateBackends.choose(home, backend, System.getenv(), err), home, stateDir);
  }

  /** The file's connections, or with --sandbox the sandbox of the state dir. */
  EndpointSource source(PrintWriter err) {
    return sandbox ? SandboxEndpointSource.find(stateDir.resolve("sandbox"), err) : EndpointSource.FROM_CONFIG;
  }

  /** A run over {@code files} with these options; with {@code locking}, one that holds the state's lock. */
  Run open(java.util.List<java.nio.file.Path> files, PrintWriter err, java.util.Optional<Run.Locking> locking) {
    return Run.open(new ConfigLoader().load(files), settings(), place(err), err, () -> source(err), locking,
        () -> Terminal.progress(err, new dev.tiac.app.WaitRelay(err)));
  }
}
