package dev.tiac.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * {@code tiac state push | pull | show | rebind}: the state by hand, for the day a save failed and
 * left {@code state.errored.json} behind, to look at what tiac owns, or to re-bind it after the
 * tenant moved to a new address or the setup was renamed.
 */
@Command(name = "state", mixinStandardHelpOptions = true,
    description = "Inspect the state, or push a state file (state.errored.json after a failed save) back to the backend, or re-bind it to the setup and tenant the files name now.",
    subcommands = {StatePushCommand.class, StatePullCommand.class, StateShowCommand.class, StateRebindCommand.class})
final class StateCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: push, pull, show or rebind");
  }
}
