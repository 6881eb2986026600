package dev.tiac.cli;

import dev.tiac.config.ConfigLoader;
import dev.tiac.config.Diagnostic;
import dev.tiac.config.InvalidConfigException;
import dev.tiac.config.LoadedConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      LoadedConfig config = new ConfigLoader().load(files);
      if (json) {
        DiagnosticsJson.print(out, true, config.warnings());
      } else {
        config.warnings().forEach(w -> err.println(w.format()));
        out.println(files.size() == 1 ? files.get(0) + ": valid" : files + ": valid");
        out.println("  " + config.resources().size() + " resources, " + config.document().tree().path("investigations").size() + " investigations");
      }
      return ExitCode.OK;
    } catch (InvalidConfigException e) {
      List<Diagnostic> diagnostics = e.diagnostics();
      if (json) {
        DiagnosticsJson.print(out, false, diagnostics);
      } else {
        diagnostics.forEach(d -> err.println(d.format()));
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        err.println(errors + " error(s); nothing was applied.");
      }
      return ExitCode.ERROR;
    }
  }
}
