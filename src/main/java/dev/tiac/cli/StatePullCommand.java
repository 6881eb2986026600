package dev.tiac.cli;

import dev.tiac.state.State;
import dev.tiac.state.StateCodec;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tiac state pull}: prints the stored state as JSON on stdout, as the backend holds it
 * (ids and keyed fingerprints, never a secret), e.g. to keep a copy before a {@code push --force}.
 */
@Command(name = "pull", mixinStandardHelpOptions = true, description = "Print the stored state as JSON.")
final class StatePullCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StateLocation location = new StateLocation();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    return Failures.guard(err, () -> {
      var backend = location.open(err);
      State state = backend.read().orElseThrow(() -> new IllegalStateException("there is no state at " + backend.location() + " yet"));
      PrintWriter out = spec.commandLine().getOut();
      out.print(new String(StateCodec.encode(state), StandardCharsets.UTF_8));
      out.flush();
      return ExitCode.OK;
    });
  }
}
