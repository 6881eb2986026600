package dev.tiac.report;

import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Value;
import dev.tiac.plan.render.DiffLine;
import dev.tiac.plan.render.DiffLines;
import dev.tiac.plan.render.Printable;
import dev.tiac.plan.render.ValueDiff;
import dev.tiac.plan.render.ValueText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An attribute's change on one line, for a table cell: a scalar's whole ({@code ~ status: "ON" ->
 * "OFF"}), a list's or map's counted ({@code ~ senders: 1 added, 1 removed, 1,998 unchanged}),
 * so that a 2,000-entry list never fills a row.
 */
final class DiffSummary {
  /** An inline value longer than this is counted instead. */
  private static final int MAX_INLINE = 60;

  private DiffSummary() {}

  static String of(AttributeChange a) {
    List<DiffLine> lines = DiffLines.of(a);
    if (lines.size() == 1) {
      return lines.get(0).indented();
    }
    String name = Printable.clean(a.name());
    Optional<ValueDiff> diff = ValueDiff.of(a.before(), a.after());
    if (diff.orElseThrow() instanceof ValueDiff.InList list) {
      return "~ " + name + ": " + count(list.entries().stream().filter(e -> e instanceof ValueDiff.Added).count(), "added")
          + ", " + count(list.entries().stream().filter(e -> e instanceof ValueDiff.Removed).count(), "removed")
          + ", " + count(list.entries().stream().filter(ValueDiff::unchanged).count(), "unchanged");
    }
    if (diff.get() instanceof ValueDiff.InMap map) {
      List<String> changed = map.fields().entrySet().stream().filter(e -> !e.getValue().unchanged()).map(e -> Printable.clean(e.getKey())).toList();
      return "~ " + name + ": " + String.join(", ", changed) + " changed";
    }
    return a.before().isPresent() && a.after().isPresent()
        ? "~ " + name + ": " + whole(a.before().get()) + " -> " + whole(a.after().get())
        : (a.after().isPresent() ? "+ " : "- ") + name + ": " + whole(a.after().or(a::before).orElseThrow());
  }

  /** A value added, removed or replaced whole: inline when short, else its size. */
  private static String whole(Value value) {
    String inline = ValueText.of(value);
    if (inline.length() <= MAX_INLINE || !(value instanceof Value.Items || value instanceof Value.Fields)) {
      return inline;
    }
    return value instanceof Value.Fields f ? "{" + count(f.fields().size(), "fields") + "}" : "[" + count(value.items().size(), "entries") + "]";
  }

  private static String count(long n, String what) {
    return String.format(Locale.ROOT, "%,d", n) + " " + what;
  }
}
