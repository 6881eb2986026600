package dev.tiac.report;

import dev.tiac.contract.spi.KindRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What a report states besides the plan: the tool version, the desired-state files compared, and
 * when it was made. Without a time, reports carry no timestamp, so the same plan gives the same bytes.
 * {@code paths} says how reports that point into the repository (SARIF, Code Quality) name the files;
 * {@code kinds} which procedure step each resource belongs to.
 */
public record ReportContext(String toolVersion, List<String> files, Optional<Instant> generatedAt, ArtifactPaths paths, KindRegistry kinds) {
  public ReportContext {
    files = List.copyOf(files);
    generatedAt = generatedAt.map(t -> t.truncatedTo(ChronoUnit.SECONDS));
  }

  public static ReportContext of(String toolVersion, List<String> files, KindRegistry kinds) {
    return new ReportContext(toolVersion, files, Optional.empty(), ArtifactPaths.asGiven(), kinds);
  }

  public ReportContext at(Clock clock) {
    return new ReportContext(toolVersion, files, Optional.of(clock.instant()), paths, kinds);
  }

  public ReportContext withPaths(ArtifactPaths artifactPaths) {
    return new ReportContext(toolVersion, files, generatedAt, artifactPaths, kinds);
  }

  /** The procedure's steps in order, each with the resources of its kinds in the plan. */
  Steps steps() {
    return new Steps(kinds);
  }
}
