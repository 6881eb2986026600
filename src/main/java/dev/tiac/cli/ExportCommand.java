package dev.tiac.cli;

import dev.tiac.app.Run;
import dev.tiac.config.ConfigLoader;
import dev.tiac.config.LoadedConfig;
import dev.tiac.export.ExportWriter;
import dev.tiac.export.LiveReader;
import dev.tiac.export.LiveTenant;
import dev.tiac.progress.ProgressDisplay;
import dev.tiac.providers.cas.CasClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * {@code tiac export}: a desired-state file from the live services, for adopting tiac on an
 * existing tenant. Checked against the schema before it is written; secrets are placeholders.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write a desired-state file from the live services (what cannot be read comes out commented, to confirm).")
final class ExportCommand extends ServiceCommand {
  @Option(names = "--from", paramLabel = "FILE", description = "A file whose connections section says where the services are (kept in the export).")
  Optional<Path> from;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the export here instead of stdout.")
  Optional<Path> out;

  @Override
  int run() throws IOException {
    PrintWriter stdout = out();
    PrintWriter err = err();
    if (!options.sandbox && from.isEmpty()) {
      err.println("tiac export: say where the services are: --sandbox, or --from FILE (its connections section is used)");
      return ExitCode.USAGE;
    }
    Path source = from.orElseGet(ExportCommand::bareFile);
    try (Run run = open(List.of(source))) {
      err.println("tiac: reading the live services ...");
      err.flush();
      Optional<CasClient> cas = run.endpoints().cas().map(s -> new CasClient(s, run.clients()));
      LiveTenant tenant;
      // Progress on stderr only: stdout may be the export itself.
      try (ProgressDisplay display = narration(run).progress()) {
        tenant = LiveReader.read(run.catalog().services(), cas.map(CasClient::blockedLists), run.tenantStateView()::lastApplied, display);
      }
      JsonNode tree = run.config().document().tree();
      String name = from.isPresent() ? tree.path("metadata").path("name").asString("exported") : "exported";
      Optional<JsonNode> connections = from.isPresent() && tree.has("connections") ? Optional.of(tree.path("connections")) : Optional.empty();
      String yaml = ExportWriter.write(tenant, name, connections);
      validate(yaml);
      if (out.isPresent()) {
        Files.writeString(out.get(), yaml, StandardCharsets.UTF_8);
        err.println("tiac: wrote " + out.get() + "; review its commented entries, then run tiac plan");
      } else {
        stdout.print(yaml);
        stdout.flush();
      }
      return ExitCode.OK;
    }
  }

  /** The export must load as the schema and the semantic checks demand; a bug here must not reach a repository. */
  private static void validate(String yaml) throws IOException {
    Path check = Files.createTempFile("tiac-export-", ".yaml");
    try {
      Files.writeString(check, yaml, StandardCharsets.UTF_8);
      LoadedConfig ignored = new ConfigLoader().load(List.of(check));
    } finally {
      Files.deleteIfExists(check);
    }
  }

  /** With --sandbox alone, a file that declares nothing: every connection comes from the sandbox. */
  private static Path bareFile() {
    try {
      Path file = Files.createTempFile("tiac-export-source-", ".yaml");
      file.toFile().deleteOnExit();
      Files.writeString(file, "apiVersion: tiac.dev/v1\nkind: ThreatInvestigationSetup\nmetadata:\n  name: exported\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file: " + e.getMessage(), e);
    }
  }
}
