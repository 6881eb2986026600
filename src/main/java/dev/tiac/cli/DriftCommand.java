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
 * anything. Drift is what is shown to differ: a change to make or a failing check. What cannot be
 * shown (an unknown check, such as a licence's seats nobody attested; a runbook setting no API
 * sees) is reported as unverified, never as passing, and is not drift unless
 * {@code --fail-on-unknown} says so. Exit 0 no drift, 2 drift, 1 error (a service that cannot be
 * read is an error, never "deleted").
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

  @Option(names = "--fail-on-unknown",
      description = "Count unknown checks as drift (exit 2): for jobs that must not pass while anything is unverified. "
          + "Without it they are reported as unknown, never as passing, and exit 0 when nothing drifted.")
  boolean failOnUnknown;

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
        out.println(DriftSummary.of(plan).headline() + (failOnUnknown && plan.unknownChecks() > 0 && !plan.hasDrift()
            ? " Exit 2: --fail-on-unknown counts the unknown checks as drift." : ""));
        out.flush();
        ReportContext context = ReportContext.of(Versions.current(), files.stream().map(Path::toString).toList()).at(run.clock)
            .withPaths(ArtifactPaths.detect(sarifRoot, Path.of("")));
        for (ReportFormat format : new LinkedHashSet<>(reports)) {
          Path written = write(format, plan, context);
          err.println("tiac: wrote " + written);
        }
        err.flush();
        return plan.hasDrift() || failOnUnknown && plan.unknownChecks() > 0 ? ExitCode.CHANGES : ExitCode.OK;
      }
    });
  }

  /** The plan with a warning for each token that expires within 30 days (or has expired). */
  private static Plan withExpiryWarnings(Planner.Result result, State state, RunContext run) {
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
    return new Plan(p.setup(), p.lineage(), p.serial(), p.inputHashes(), p.liveFingerprints(), changes, warnings, p.cost());
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
