package dev.tiac.cli;

import dev.tiac.app.DriftRun;
import dev.tiac.app.Run;
import dev.tiac.plan.Plan;
import dev.tiac.providers.Kinds;
import dev.tiac.report.ArtifactPaths;
import dev.tiac.report.DriftSummary;
import dev.tiac.report.ReportContext;
import dev.tiac.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tiac drift FILE…}: the plan for scheduled jobs. Refreshes and compares, never changes
 * anything. Drift is what is shown to differ: a change to make or a failing check. What cannot be
 * shown (an unknown check, such as a licence's seats nobody attested; a runbook setting no API
 * sees) is reported as unverified, never as passing, and is not drift unless
 * {@code --fail-on-unknown} says so. Exit 0 no drift, 2 drift, 1 error (a service that cannot be
 * read is an error, never "deleted").
 */
@Command(name = "drift", mixinStandardHelpOptions = true,
    description = "Report drift between the file and the live services, for scheduled jobs. Changes nothing.")
final class DriftCommand extends ServiceCommand {
  static final String REPORT_NAME = "tiac-drift";

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Desired-state files, overlays after their base.")
  List<Path> files;

  @Option(names = "--report", split = ",", paramLabel = "FORMAT", converter = ReportFormatConverter.class,
      description = "Reports to write, comma-separated: json, junit, sarif, markdown, html, codequality (GitLab).")
  List<ReportFormat> reports = new ArrayList<>();

  @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = ".",
      description = "Where reports are written, as " + REPORT_NAME + ".<ext> (default: the current directory).")
  Path reportDir;

  @Option(names = "--fail-on-unknown",
      description = "Count unknown checks as drift (exit 2): for jobs that must not pass while anything is unverified. "
          + "Without it they are reported as unknown, never as passing, and exit 0 when nothing drifted.")
  boolean failOnUnknown;

  @Option(names = "--sarif-root", paramLabel = "DIR",
      description = "The repository root that SARIF and Code Quality paths are relative to (default: the nearest directory holding .git, else paths as given).")
  Optional<Path> sarifRoot = Optional.empty();

  @Override
  int run() {
    try (Run run = open(files)) {
      DriftRun.Result drift = new DriftRun(run, narration(run), options.maxApiShare).drift();
      // The remedies and warnings name commands: completed with this run's files and options, to run as printed.
      Plan plan = RunnableRemedies.complete(drift.plan(), files, options);
      PrintWriter out = out();
      out.print(PlanCommand.text(options).render(plan));
      boolean clean = failOnUnknown ? drift.cleanAndKnown() : drift.clean();
      out.println(DriftSummary.of(plan).headline() + (!clean && drift.clean() ? " Exit 2: --fail-on-unknown counts the unknown checks as drift." : ""));
      out.flush();
      ReportContext context = ReportContext.of(Versions.current(), files.stream().map(Path::toString).toList(), Kinds.registry()).at(run.clock())
          .withPaths(ArtifactPaths.detect(sarifRoot, Path.of("")));
      for (ReportFormat format : new LinkedHashSet<>(reports)) {
        Path written = write(format, plan, context);
        err().println("tiac: wrote " + written);
      }
      err().flush();
      return clean ? ExitCode.OK : ExitCode.CHANGES;
    }
  }

  private Path write(ReportFormat format, Plan plan, ReportContext context) {
    Path file = reportDir.resolve(REPORT_NAME + "." + format.extension());
    try {
      Files.createDirectories(reportDir);
      try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        format.writer().write(plan, context, writer);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the " + format.id() + " report " + file + ": " + e.getMessage(), e);
    }
  }
}
