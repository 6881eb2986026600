package dev.tiac.cli;

import dev.tiac.app.Narration;
import dev.tiac.app.Run;
import dev.tiac.state.LockRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;

/**
 * A subcommand that talks to the services: the run options, and the run opened over the files
 * with them (the file loaded, the state found, the connections or the sandbox resolved).
 */
abstract class ServiceCommand extends Subcommand {
  @Mixin RunOptions options;

  /** A run that reads state, if at all, without locking it. */
  Run open(List<Path> files) {
    return options.open(files, err(), Optional.empty());
  }

  /** A run that writes state: the lock is held, for {@code purpose}, before any service is read. */
  Run openLocked(List<Path> files, String purpose, Run.Binding binding) {
    Run.Locking locking = new Run.Locking(new LockRequest(purpose, Versions.current()), binding);
    return options.open(files, err(), Optional.of(locking));
  }

  /** The run's narration and progress on stderr, as this terminal (or log) can show them. */
  Narration narration(Run run) {
    return Terminal.narration(err(), run.waits());
  }
}
