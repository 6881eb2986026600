package dev.tiac.cli;

import dev.tiac.state.ErroredState;
import dev.tiac.state.LockRequest;
import dev.tiac.state.State;
import dev.tiac.state.StatePush;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tiac state push [FILE] [--force]}: uploads {@code state.errored.json} (or FILE) under the
 * lock, refused when its lineage differs or its serial is older than the stored state's; the
 * errored file is removed once it is stored.
 */
@Command(name = "push", mixinStandardHelpOptions = true,
    description = "Store a state file in the backend: by default the state.errored.json a failed save left in the state dir.")
final class StatePushCommand extends StateSubcommand {
  @Parameters(arity = "0..1", paramLabel = "FILE", description = "The state file to push (default: DIR/state.errored.json).")
  Optional<Path> file = Optional.empty();

  @Option(names = "--force", description = "Push even when the lineage differs or the stored serial is newer (replaces the stored state).")
  boolean force;

  @Option(names = "--lock-timeout", paramLabel = "DURATION", defaultValue = "0s", converter = DurationConverter.class,
      description = "How long to wait for the state lock (default: ${DEFAULT-VALUE}).")
  Duration lockTimeout;

  @Override
  int run() {
    ErroredState errored = location.errored();
    Path source = file.orElse(errored.file()).toAbsolutePath().normalize();
    if (!Files.exists(source)) {
      throw new IllegalArgumentException(file.isPresent() ? "there is no " + source + " to push"
          : "there is no " + source + ": no failed save is waiting to be pushed. Name a file to push one.");
    }
    State pushed = StateLocation.readFile(source);
    var backend = location.open(err());
    StatePush.Result result = StatePush.push(backend, pushed, source.toString(), force,
        new LockRequest("state push", Versions.current()), lockTimeout);
    boolean wasErrored = source.equals(errored.file());
    if (wasErrored) {
      errored.pushed();
    }
    out().println((result == StatePush.Result.STORED ? "Pushed " : "Already stored: ") + source + " (" + pushed.describe()
        + ", " + pushed.resources().size() + " resources) to " + backend.location() + "."
        + (wasErrored ? " Removed " + source + "; tiac can run again." : ""));
    return ExitCode.OK;
  }
}
