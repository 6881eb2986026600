package dev.tiac.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tiac completion bash|zsh|fish}: prints a completion script for the whole command tree.
 * Bash and zsh share picocli's script (it loads zsh's bash compatibility itself); fish has its own
 * syntax, written from the same tree.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = "Print a shell completion script for tiac's commands and options (bash, zsh or fish).")
final class CompletionCommand implements Callable<Integer> {
  /** The shells a script is written for, named as people type them. */
  @SuppressWarnings("java:S115")
  enum Shell { bash, zsh, fish }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "One of: ${COMPLETION-CANDIDATES}.")
  Shell shell;

  @Override
  public Integer call() {
    var root = spec.root().commandLine();
    String script = switch (shell) {
      case bash, zsh -> AutoComplete.bash(spec.root().name(), root);
      case fish -> FishCompletion.script(root);
    };
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
