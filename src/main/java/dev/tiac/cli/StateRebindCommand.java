package dev.tiac.cli;

import dev.tiac.app.Run;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code tiac state rebind FILE…}: binds the state to the setup and tenant this file reaches now,
 * after the tenant moved to a new address or the setup was renamed. It changes no service of the
 * tenant; the user's word is what makes the new address the same tenant.
 */
@Command(name = "rebind", mixinStandardHelpOptions = true,
    description = "Bind the state to the setup and tenant the files name now (after a change of URL or of metadata.name); changes no service.")
final class StateRebindCommand extends ServiceCommand {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The desired-state files of the runs that use this state.")
  List<Path> files;

  @Override
  int run() {
    try (Run run = openLocked(files, "state rebind", Run.Binding.REPLACE)) {
      dev.tiac.state.State state = run.session().state();
      PrintWriter out = out();
      out.println(state.serial() == 0 ? "No state at " + run.backend().location() + " yet: nothing to re-bind."
          : "The state at " + run.backend().location() + " is bound to " + state.binding().describe() + ".");
      out.flush();
      return ExitCode.OK;
    }
  }
}
