package dev.tiac.cli;

import dev.tiac.state.State;
import dev.tiac.state.StateCodec;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;

/**
 * {@code tiac state pull}: prints the stored state as JSON on stdout, as the backend holds it
 * (ids and keyed fingerprints, never a secret), e.g. to keep a copy before a {@code push --force}.
 */
@Command(name = "pull", mixinStandardHelpOptions = true, description = "Print the stored state as JSON.")
final class StatePullCommand extends StateSubcommand {
  @Override
  int run() {
    var backend = location.open(err());
    State state = backend.read().orElseThrow(() -> new IllegalStateException("there is no state at " + backend.location() + " yet"));
    PrintWriter out = out();
    out.print(new String(StateCodec.encode(state), StandardCharsets.UTF_8));
    out.flush();
    return ExitCode.OK;
  }
}
