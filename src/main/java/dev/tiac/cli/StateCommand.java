package dev.tiac.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code tiac state push | pull | show}: the state by hand, for the day a save failed and left
 * {@code state.errored.json} behind, or to look at what tiac owns.
 */
@Command(name = "state", mixinStandardHelpOptions = true,
    description = "Inspect the state, or push a state file (state.errored.json after a failed save) back to the backend.",
    subcommands = {StatePushCommand.class, StatePullCommand.class, StateShowCommand.class})
final class StateCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: push, pull or show");
  }
}
