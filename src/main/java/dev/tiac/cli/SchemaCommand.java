package dev.tiac.cli;

import dev.tiac.config.schema.OverlaySchema;
import dev.tiac.config.schema.SchemaReference;
import dev.tiac.config.schema.TiacSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tiac schema}: the JSON Schema editors use to complete and document the file. */
@Command(name = "schema", description = "Print the JSON Schema of the desired-state format.", mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--markdown", description = "Print the format reference as Markdown instead.")
  boolean markdown;

  @Option(names = "--overlay", description = "Print the overlay schema instead (the same fields, none required), for overlay files' modelines.")
  boolean overlay;

  @Option(names = "--depth", paramLabel = "N", description = "With --markdown: only fields N levels deep (default: all).")
  int depth = Integer.MAX_VALUE;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(markdown ? SchemaReference.markdown(depth) : overlay ? OverlaySchema.text() : TiacSchema.get().text());
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
