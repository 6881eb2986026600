package dev.tiac.config.interpolate;

import dev.tiac.config.diagnostics.Diagnostic;
import dev.tiac.config.load.MergedDocument;
import dev.tiac.config.load.StringLeaves;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every {@code ${env:NAME}} of a document whose variable is unset or empty, each at its file:line,
 * so that a person sets them all in one go instead of meeting them one run at a time.
 */
public final class MissingEnvironment {
  private MissingEnvironment() {}

  public static List<Diagnostic> of(MergedDocument document, Map<String, String> environment) {
    List<Diagnostic> out = new ArrayList<>();
    StringLeaves.visit(document.tree(), text -> text.contains("${env:"), (pointer, text) -> {
      for (Expression e : Expressions.parse(text).expressions()) {
        if (e.kind() == Expression.Kind.ENV && environment.getOrDefault(e.argument(), "").isEmpty()) {
          out.add(Diagnostic.error(document.valueAt(pointer), pointer, e + ": the environment variable " + e.argument() + " is not set"));
        }
      }
    });
    return out;
  }
}
