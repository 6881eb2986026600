package dev.tiac.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: only subcommands that work are registered here. */
@Command(
    name = "tiac",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Threat investigation as code: keep a Trend Micro Threat Investigations setup in Git.",
    exitCodeOnInvalidInput = ExitCode.USAGE,
    exitCodeOnExecutionException = ExitCode.ERROR)
public final class TiacCommand implements Runnable {
  /** Every command, in the order help lists them. */
  private static final List<Class<?>> COMMANDS = List.of(CommandLine.HelpCommand.class, ValidateCommand.class, PlanCommand.class,
      ApplyCommand.class, DriftCommand.class, QueryCommand.class, ExportCommand.class, AttestCommand.class, ForceUnlockCommand.class, StateCommand.class,
      SchemaCommand.class, SandboxCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Builds the command line for {@code args}. Picocli models every registered command up front, so
   * only the one being run is registered (all of them for help, a bare {@code tiac} or a typo):
   * a pre-commit hook running {@code tiac validate} should not pay for the others' start-up.
   */
  static CommandLine commandLine(String... args) {
    CommandLine cli = new CommandLine(new TiacCommand());
    Optional<String> name = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst();
    Optional<Class<?>> only = name.flatMap(n -> COMMANDS.stream()
        .filter(c -> !c.equals(CommandLine.HelpCommand.class) && c.getAnnotation(Command.class).name().equals(n)).findFirst());
    for (Class<?> command : only.map(List::<Class<?>>of).orElse(COMMANDS)) {
      cli.addSubcommand(command);
    }
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
