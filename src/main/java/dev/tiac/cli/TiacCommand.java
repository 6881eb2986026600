package dev.tiac.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: only subcommands that work are registered here. */
@Command(
    name = "tiac",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Threat investigation as code: keep a Trend Micro Threat Investigations setup in Git.",
    exitCodeOnInvalidInput = ExitCode.USAGE,
    exitCodeOnExecutionException = ExitCode.ERROR,
    subcommands = {CommandLine.HelpCommand.class, ValidateCommand.class, PlanCommand.class, ApplyCommand.class, AttestCommand.class, ForceUnlockCommand.class, QueryCommand.class, SchemaCommand.class, SandboxCommand.class})
public final class TiacCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new TiacCommand());
    configure(cli);
    return cli;
  }

  /** Exit codes and error handling are set once here for every subcommand, not per annotation. */
  private static void configure(CommandLine cli) {
    cli.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE);
    cli.getCommandSpec().exitCodeOnExecutionException(ExitCode.ERROR);
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.getSubcommands().values().forEach(TiacCommand::configure);
  }
}
