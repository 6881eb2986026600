package dev.tiac.app;

import dev.tiac.cli.SandboxEndpointSource;
import dev.tiac.config.ConfigLoader;
import dev.tiac.progress.ProgressDisplay;
import dev.tiac.sandbox.Sandbox;
import dev.tiac.state.LocalStateBackend;
import dev.tiac.state.LockRequest;
import dev.tiac.state.State;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The acme sample on the embedded sandbox of one temporary directory, with runs opened as {@code
 * --sandbox} opens them, and no command line: what a use case decides is seen in its result, what
 * it says in {@link #said}.
 */
final class SandboxRuns {
  final Path file;
  final Path stateDir;
  /** Lines the use cases narrated, and the notices of the runs. */
  final List<String> said = new ArrayList<>();
  private final StringWriter notices = new StringWriter();

  SandboxRuns(Path dir) throws IOException {
    stateDir = dir.resolve(".tiac");
    file = dir.resolve("acme.yaml");
    // The generated token is delivered inside the temporary directory, never into the checkout.
    Files.writeString(file, Files.readString(Path.of("samples/acme.yaml"))
        .replace(".tiac/secrets/cas-investigations.token", "secrets/cas-investigations.token"));
  }

  /** Edits the sample, e.g. to weaken a setting. */
  void edit(UnaryOperator<String> change) throws IOException {
    Files.writeString(file, change.apply(Files.readString(file)));
  }

  /** A run that reads state without locking it: plan, drift. */
  Run open() {
    return open(Optional.empty());
  }

  /** A run that holds the state's lock: apply. */
  Run openLocked() {
    return open(Optional.of(new Run.Locking(new LockRequest("apply", "test"), Run.Binding.CHECK)));
  }

  private Run open(Optional<Run.Locking> locking) {
    PrintWriter err = new PrintWriter(notices, true);
    return Run.open(new ConfigLoader().load(List.of(file)), settings(), place(), err,
        () -> SandboxEndpointSource.find(stateDir.resolve("sandbox"), err), locking);
  }

  /** A run over a sandbox the test started and looks into; the run stops it when it closes. */
  Run over(Sandbox sandbox) {
    return Run.open(new ConfigLoader().load(List.of(file)), settings(), place(), new PrintWriter(notices, true),
        () -> SandboxEndpointSource.owning(sandbox), Optional.empty());
  }

  private static RunSettings settings() {
    return new RunSettings("test", 4, Duration.ofSeconds(60), Duration.ofMinutes(10), Instant.now(), false, Duration.ZERO);
  }

  private StatePlace place() {
    return new StatePlace(new LocalStateBackend(stateDir), stateDir, stateDir);
  }

  /** Narration kept in {@link #said}; progress drawn as plain lines nobody reads. */
  Narration narration() {
    return new Narration() {
      @Override
      public void say(String line) {
        said.add(line);
      }

      @Override
      public ProgressDisplay progress() {
        return ProgressDisplay.on(new PrintWriter(new StringWriter()), false, 80, () -> {});
      }
    };
  }

  /** The state as stored, or none yet. */
  Optional<State> state() {
    return new LocalStateBackend(stateDir).read();
  }
}
