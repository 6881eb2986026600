package dev.tiac.cli;

import dev.tiac.config.ConfigLoader;
import dev.tiac.config.LoadedConfig;
import dev.tiac.config.diagnostics.Diagnostic;
import dev.tiac.config.diagnostics.InvalidConfigException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What {@code tiac validate} does once its arguments are known, however they were parsed. */
final class Validation {
  private Validation() {}

  static int run(List<Path> files, boolean json, PrintWriter out, PrintWriter err) {
    try {
      LoadedConfig config = new ConfigLoader().load(files);
      if (json) {
        DiagnosticsJson.print(out, true, config.warnings());
      } else {
        config.warnings().forEach(w -> err.println(w.format()));
        // Overlays are one setup: name the files as a person typed them, later files winning.
        out.println(String.join(" + ", files.stream().map(Path::toString).toList()) + ": valid");
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

  /**
   * The files of {@code tiac validate FILE…} when that is all the command line says, so that
   * {@link Main} can run it without building picocli's model: picocli reads every annotation,
   * registers its thirty-odd type converters and sets up help styles before parsing, ~80 ms that a
   * pre-commit hook would pay on every commit. Anything else (an option, {@code @argfile}, help,
   * no file) is left to picocli, which parses it exactly as before.
   */
  static Optional<List<Path>> plainInvocation(String[] args) {
    if (args.length < 2 || !"validate".equals(args[0])) {
      return Optional.empty();
    }
    List<Path> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@")) {
        return Optional.empty();
      }
      try {
        files.add(Path.of(arg));
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
    }
    return Optional.of(files);
  }
}
