package dev.tiac.config.check;

import dev.tiac.config.Diagnostic;
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
            new ReadinessCheck());
  }

  public List<Diagnostic> check(MergedDocument document) {
    List<Declared> declared = DeclaredResources.of(document.tree());
    List<Diagnostic> out = new ArrayList<>();
    for (Check check : checks) {
      check.run(document, declared, out);
    }
    return List.copyOf(out);
  }
}
