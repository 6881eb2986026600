package dev.tiac.cli;

import dev.tiac.plan.Address;
import dev.tiac.plan.Change;
import dev.tiac.plan.Plan;
import dev.tiac.plan.Planner;
import dev.tiac.plan.ResourceKind;
import dev.tiac.plan.StoredStateView;
import dev.tiac.report.ArtifactPaths;
import dev.tiac.report.DriftSummary;
import dev.tiac.report.ExpiringCredentials;
import dev.tiac.report.ReportContext;
import dev.tiac.report.ReportFormat;
import dev.tiac.state.ResourceState;
import dev.tiac.state.State;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tiac drift FILE…}: the plan for scheduled jobs. Refreshes and compares, never changes
 * anything; failing or unknown checks and expiring credentials count too. Exit 0 clean, 2 drift,
 * 1 error (a service that cannot be read is an error, never "deleted").
 */
@Command(name = "drift", mixinStandardHelpOptions = true,
    description = "Report drift between the file and the live services, for scheduled jobs. Changes nothing.")
final class DriftCommand implements Callable<Integer> {
  static final String REPORT_NAME = "tiac-drift";

  @Spec CommandSpec spec;
  @Mixin RunOptions options;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Desired-state files, overlays after their base.")
  List<Path> files;

  @Option(names = "--report", split = ",", paramLabel = "FORMAT", converter = ReportFormatConverter.class,
      description = "Reports to write, comma-separated: json, junit, sarif, markdown, html, codequality (GitLab).")
  List<ReportFormat> reports = new ArrayList<>();

  @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = ".",
      description = "Where reports are written, as " + REPORT_NAME + ".<ext> (default: the current directory).")
  Path reportDir;

  @Option(names = "--sarif-root", paramLabel = "DIR",
      description = "The repository root that SARIF and Code Quality paths are relative to (default: the nearest directory holding .git, else paths as given).")
  Optional<Path> sarifRoot = Optional.empty();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return Failures.guard(err, () -> {
      try (RunContext run = RunContext.open(files, options, err)) {
        State state = run.storedState();
        Planner.Result result = Planning.plan(run, new StoredStateView(state, run.fingerprinter), options, Plan.OptIns.NONE, err);
        Plan plan = withExpiryWarnings(result, state, run);
        out.print(Planning.text(options).render(plan));
        out.println(DriftSummary.of(plan).headline());
        out.flush();
        ReportContext context = ReportContext.of(Versions.current(), files.stream().map(Path::toString).toList()).at(run.clock)
            .withPaths(ArtifactPaths.detect(sarifRoot, Path.of("")));
        for (ReportFormat format : new LinkedHashSet<>(reports)) {
          Path written = write(format, plan, context);
          err.println("tiac: wrote " + written);
        }
        err.flush();
        return plan.isEmpty() ? ExitCode.OK : ExitCode.CHANGES;
      }
    });
  }

  /** The plan with a warning for each token that expires within 30 days (or has expired). */
  private Plan withExpiryWarnings(Planner.Result result, State state, RunContext run) {
    List<Address> tokens = result.desired().stream().map(d -> d.address()).filter(a -> a.kind() == ResourceKind.CAS_TOKEN).toList();
    List<String> expiring = ExpiringCredentials.warnings(tokens, result.live(),
        a -> state.resource(a.toString()).map(ResourceState::createdAt), run.clock.instant());
    if (expiring.isEmpty()) {
      return result.plan();
    }
    Plan p = result.plan();
    List<String> warnings = new ArrayList<>(p.warnings());
    warnings.addAll(expiring);
    List<Change> changes = p.changes();
    // The warnings name tiac apply: completed, like the plan's remedies, to run as printed.
    return RunnableRemedies.complete(new Plan(p.setup(), p.lineage(), p.serial(), p.inputHashes(), p.liveFingerprints(), changes, warnings,
        p.cost(), p.optIns(), p.removals()), run.config.document().files(), options);
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
