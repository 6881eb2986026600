package dev.tiac.report;

import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.plan.render.ChangeVocabulary;
import dev.tiac.plan.render.OptInHint;
import dev.tiac.plan.render.Printable;
import dev.tiac.plan.render.ValueText;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text facts of one drifted resource, shared by the JUnit, SARIF and markdown reports;
 * each line {@link Printable#clean cleaned} of control and bidirectional characters from live data.
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

  static String attribute(AttributeChange a) {
    return Printable.clean(rawAttribute(a));
  }

  private static String rawAttribute(AttributeChange a) {
    if (a.sensitive()) {
      return (a.before().isPresent() ? "~ " : "+ ") + a.name() + ": (sensitive)";
    }
    if (a.before().isPresent() && a.after().isPresent()) {
      return "~ " + a.name() + ": " + ValueText.of(a.before().get()) + " -> " + ValueText.of(a.after().get());
    }
    return a.after().isPresent() ? "+ " + a.name() + ": " + ValueText.of(a.after().get()) : "- " + a.name() + ": " + a.before().map(ValueText::of).orElse("null");
  }

  /** Every fact, one per line: attribute diffs, reach, consequence, opt-in, runbook, what no API showed, evidence, remedy. */
  static List<String> lines(Change change) {
    return lines(change, Integer.MAX_VALUE);
  }

  /** As {@link #lines(Change)}, with at most {@code maxRemedy} remedy lines and a count of the rest. */
  static List<String> lines(Change change, int maxRemedy) {
    List<String> lines = new ArrayList<>();
    change.attributes().forEach(a -> lines.add(attribute(a)));
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
