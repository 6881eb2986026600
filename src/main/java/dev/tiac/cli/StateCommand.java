package dev.tiac.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code tiac state rebind}: the state by hand, for the day a tenant moved to a new address or a
 * setup was renamed.
 */
@Command(name = "state", mixinStandardHelpOptions = true,
    description = "Re-bind the state to the setup and tenant the files name now.",
    subcommands = {StateRebindCommand.class})
final class StateCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: rebind");
  }
}
