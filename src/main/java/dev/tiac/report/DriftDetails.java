package dev.tiac.report;

import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.plan.render.ChangeVocabulary;
import dev.tiac.plan.render.DiffLine;
import dev.tiac.plan.render.DiffLines;
import dev.tiac.plan.render.OptInHint;
import dev.tiac.plan.render.Printable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The plain-text facts of one drifted resource, shared by the JUnit, SARIF, Code Quality, markdown
 * and HTML reports; attribute diffs drawn by {@link DiffLines} as the plan draws them, each line
 * {@link Printable#clean cleaned} of control and bidirectional characters from live data.
 */
final class DriftDetails {
  private DriftDetails() {}

  /** One line, e.g. "update (weakening): refused without allowWeakening". */
  static String headline(Change change) {
    StringBuilder line = new StringBuilder(ChangeVocabulary.action(change.kind()));
    if (change.isAction()) {
      line.append(" (").append(ChangeVocabulary.direction(change.direction())).append(")");
    }
    change.check().ifPresent(o -> line.append(": ").append(o.status().name().toLowerCase(java.util.Locale.ROOT))
        .append(", ").append(o.evidence()));
    if (change.isAction() && change.isRefused()) {
      line.append(": refused, ").append(OptInHint.sentence(change));
    }
    if (!change.isAction() && change.check().isEmpty() && change.unverified().isPresent()) {
      return Printable.clean("unverified: " + change.unverified().get().describe());
    }
    return Printable.clean(line.toString());
  }

  /** One line for a table cell: a scalar's change whole, a list's or map's counted ({@link DiffSummary}). */
  static String attribute(AttributeChange a) {
    return DiffSummary.of(a);
  }

  /** Every fact, one per line: attribute diffs (a block per list or map), reach, consequence, opt-in, runbook, what no API showed, evidence, remedy. */
  static List<String> lines(Change change) {
    return lines(change, Integer.MAX_VALUE, DiffLine::indented);
  }

  /**
   * As {@link #lines(Change)}, with at most {@code maxRemedy} remedy lines and a count of the rest,
   * and the attribute diffs laid out by {@code layout} (indented, or marker first for a diff view).
   */
  static List<String> lines(Change change, int maxRemedy, Function<DiffLine, String> layout) {
    List<String> lines = new ArrayList<>(attributeLines(change, layout));
    lines.addAll(facts(change, maxRemedy));
    return List.copyOf(lines);
  }

  /** The attribute diffs alone, every line of every attribute, laid out by {@code layout}. */
  static List<String> attributeLines(Change change, Function<DiffLine, String> layout) {
    return change.attributes().stream().flatMap(a -> DiffLines.of(a).stream()).map(layout).toList();
  }

  /** Each attribute's diff as one block of indented lines, for views that set a block apart. */
  static List<String> attributeBlocks(Change change) {
    return change.attributes().stream()
        .map(a -> String.join("\n", DiffLines.of(a).stream().map(DiffLine::indented).toList())).toList();
  }

  /** The facts besides the attribute diffs, one per line. */
  static List<String> facts(Change change, int maxRemedy) {
    List<String> lines = new ArrayList<>();
    change.reach().ifPresent(r -> lines.add("touches " + r.count() + " " + r.unit()));
    change.consequence().ifPresent(c -> lines.add("destructive: " + c));
    if (change.isAction() && change.needsOptIn()) {
      lines.add(change.optedIn() ? "opted in: " + OptInHint.granted(change) : "refused: " + OptInHint.sentence(change));
    }
    for (int i = 0; i < change.steps().size(); i++) {
      lines.add((i + 1) + ". " + change.steps().get(i));
    }
    change.unverified().ifPresent(u -> lines.add("unverified: " + u.describe()));
    change.check().ifPresent(o -> {
      lines.add("evidence: " + o.evidence());
      o.remedy().stream().limit(maxRemedy).forEach(r -> lines.add("remedy: " + r));
      if (o.remedy().size() > maxRemedy) {
        lines.add("… and " + (o.remedy().size() - maxRemedy) + " more");
      }
    });
    return lines.stream().map(Printable::clean).toList();
  }
}
