package dev.tiac.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The root command. The command tree is declared here, statically, so that picocli's completion
 * generator and help see every subcommand; a plain {@code tiac validate FILE…} never builds it
 * (see {@link Validation#plainInvocation}), so a pre-commit hook does not pay for the others' start-up.
 */
@Command(
    name = "tiac",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Threat investigation as code: keep a Trend Micro Threat Investigations setup in Git.",
    exitCodeOnInvalidInput = ExitCode.USAGE,
    exitCodeOnExecutionException = ExitCode.ERROR,
    subcommands = {CommandLine.HelpCommand.class, ValidateCommand.class, PlanCommand.class, ApplyCommand.class, DriftCommand.class,
        QueryCommand.class, ExportCommand.class, AttestCommand.class, ForceUnlockCommand.class, StateCommand.class, SchemaCommand.class,
        SandboxCommand.class, CompletionCommand.class})
public final class TiacCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The whole command tree, configured: exit codes, error handling, examples and help colour. */
  static CommandLine commandLine(boolean colour) {
    CommandLine cli = new CommandLine(new TiacCommand());
    configure(cli);
    HelpSections.install(cli);
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(colour ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
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
