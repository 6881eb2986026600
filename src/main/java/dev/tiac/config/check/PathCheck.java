package dev.tiac.config.check;

import dev.tiac.config.diagnostics.Diagnostic;
import dev.tiac.config.interpolate.Expression;
import dev.tiac.config.interpolate.Expressions;
import dev.tiac.config.load.MergedDocument;
import dev.tiac.config.load.StringLeaves;
import dev.tiac.config.paths.ContainedPaths;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Every path the file names stays in its repository ({@link ContainedPaths}): {@code caFile},
 * {@code deliverTo.file}, a test's {@code fixture} and each {@code ${file:…}}. Checked here so
 * that validate and a pull request's CI refuse them with their line, before any run reads or
 * writes there.
 */
final class PathCheck implements Check {
  @Override
  public void run(MergedDocument document, List<Declared> declared, List<Diagnostic> out) {
    JsonNode tree = document.tree();
    JsonNode places = tree.at(ContainedPaths.OPT_IN);
    for (int i = 0; i < places.size(); i++) {
      String place = places.get(i).asString();
      if (place.indexOf('\0') >= 0 || place.startsWith("~") || !Path.of(place).isAbsolute()) {
        String pointer = ContainedPaths.OPT_IN + "/" + i;
        out.add(Diagnostic.error(document.valueAt(pointer), pointer,
            "paths.allowOutsideRepository lists \"" + ContainedPaths.printable(place) + "\", which is not an absolute path"));
      }
    }
    ContainedPaths paths = ContainedPaths.of(document.baseDirectory(), tree);
    tree.path("connections").properties().forEach(c -> {
      if (c.getValue().path("caFile").isString()) {
        check(paths, document, "/connections/" + c.getKey() + "/caFile", "caFile", out);
      }
    });
    JsonNode tokens = tree.path("cloudAppSecurity").path("tokens");
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).path("deliverTo").path("file").isString()) {
        check(paths, document, "/cloudAppSecurity/tokens/" + i + "/deliverTo/file", "deliverTo.file", out);
      }
    }
    JsonNode investigations = tree.path("investigations");
    for (int i = 0; i < investigations.size(); i++) {
      JsonNode tests = investigations.get(i).path("tests");
      for (int t = 0; t < tests.size(); t++) {
        if (tests.get(t).path("fixture").isString()) {
          check(paths, document, "/investigations/" + i + "/tests/" + t + "/fixture", "fixture", out);
        }
      }
    }
    StringLeaves.visit(tree, text -> text.contains("${file:"), (pointer, text) -> {
      for (Expression e : Expressions.parse(text).expressions()) {
        if (e.kind() == Expression.Kind.FILE) {
          report(paths.resolve(e.argument()), document, pointer, "${file:…} path", e.argument(), out);
        }
      }
    });
  }

  private static void check(ContainedPaths paths, MergedDocument document, String pointer, String what, List<Diagnostic> out) {
    String raw = document.tree().at(pointer).asString();
    report(paths.resolve(raw), document, pointer, what, raw, out);
  }

  private static void report(ContainedPaths.Resolved outcome, MergedDocument document, String pointer, String what, String raw,
      List<Diagnostic> out) {
    if (outcome instanceof ContainedPaths.Resolved.Refused refused) {
      out.add(Diagnostic.error(document.valueAt(pointer), pointer,
          what + " \"" + ContainedPaths.printable(raw) + "\" " + refused.problem()));
    }
  }
}
