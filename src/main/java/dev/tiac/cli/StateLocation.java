package dev.tiac.cli;

import dev.tiac.state.ErroredState;
import dev.tiac.state.StateBackend;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the {@code tiac state} commands find the state: the state dir, or a remote backend. */
final class StateLocation {
  @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = ".tiac",
      description = "Where the state (or, with --backend-url, the key and the errored state) is kept (default: ${DEFAULT-VALUE}).")
  Path stateDir;

  @Option(names = "--sandbox", description = "The state --sandbox runs keep (DIR/sandbox/" + StateBackends.SANDBOX_STATE + ").")
  boolean sandbox;

  @Mixin BackendOptions backend = new BackendOptions();

  StateBackend open(PrintWriter err) {
    return StateBackends.choose(StateBackends.home(stateDir, sandbox, backend), backend, System.getenv(), err);
  }

  /** A state file given on the command line, checked as a stored state is. */
  static dev.tiac.state.State readFile(Path file) {
    try {
      return dev.tiac.state.StateCodec.decode(java.nio.file.Files.readAllBytes(file), file.toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  ErroredState errored() {
    return new ErroredState(StateBackends.home(stateDir, sandbox, backend));
  }
}
