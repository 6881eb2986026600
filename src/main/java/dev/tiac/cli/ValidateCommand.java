package dev.tiac.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tiac validate FILE…}: schema and semantic checks, every problem located, nothing contacted. */
@Command(
    name = "validate",
    description = "Check desired-state files (merged in order, later wins) without contacting any service.",
    mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Desired-state YAML files; overlays follow their base.")
  List<Path> files;

  @Option(names = "--json", description = "Print the result as JSON on stdout.")
  boolean json;

  @Override
  public Integer call() {
    return Validation.run(files, json, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
