package dev.tiac.config.check;

import dev.tiac.config.diagnostics.Diagnostic;
import dev.tiac.config.load.MergedDocument;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The rules JSON Schema cannot say: uniqueness, references, cycles, time windows, targets. */
public final class SemanticChecker {
  private final List<Check> checks;

  public SemanticChecker(Clock clock) {
    this.checks =
        List.of(
            new UniqueNames(),
            new ExpressionCheck(),
            new CycleCheck(),
            new TargetCheck(),
            new WindowCheck(clock),
            new ReadinessCheck(),
            new PathCheck());
  }

  public List<Diagnostic> check(MergedDocument document) {
    return check(document, DeclaredResources.of(document.tree()));
  }

  /** With the resources the caller already listed: a large file's listing costs as much as a check. */
  public List<Diagnostic> check(MergedDocument document, List<Declared> declared) {
    List<Diagnostic> out = new ArrayList<>();
    for (Check check : checks) {
      check.run(document, declared, out);
    }
    return List.copyOf(out);
  }
}
