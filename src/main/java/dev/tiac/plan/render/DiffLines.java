package dev.tiac.plan.render;

import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Value;
import dev.tiac.plan.render.DiffLine.Marker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Draws an attribute's change as Terraform does: scalars inline ({@code ~ status: "ON" -> "OFF"}),
 * lists and maps as indented blocks whose entries carry their own {@code +}, {@code -} or
 * {@code ~}, unchanged entries folded into one note ({@code # (1,997 unchanged entries hidden)})
 * and secrets never shown ({@code (sensitive value)}).
 */
public final class DiffLines {
  /** What a secret attribute shows in place of its value. */
  public static final String SENSITIVE = "(sensitive value)";

  private DiffLines() {}

  /** The lines of one attribute's change; a secret's show only that it is set or changes. */
  public static List<DiffLine> of(AttributeChange a) {
    if (a.sensitive()) {
      return List.of(new DiffLine(a.before().isPresent() ? Marker.CHANGE : Marker.ADD, 0, Printable.clean(a.name()) + ": " + SENSITIVE));
    }
    return of(a.name(), a.before(), a.after());
  }

  /** The lines of one named value's change, outermost at depth 0; a value absent on both sides reads null. */
  public static List<DiffLine> of(String name, Optional<Value> before, Optional<Value> after) {
    List<DiffLine> out = new ArrayList<>();
    Optional<ValueDiff> diff = ValueDiff.of(before, after);
    if (diff.isEmpty()) {
      out.add(new DiffLine(Marker.REMOVE, 0, Printable.clean(name) + ": null"));
    } else {
      entry(out, Printable.clean(name) + ": ", diff.get(), 0, "");
    }
    return List.copyOf(out);
  }

  /** @param label {@code "name: "} for a field, empty for a list entry; {@code end} "," for a list entry */
  private static void entry(List<DiffLine> out, String label, ValueDiff diff, int depth, String end) {
    if (diff instanceof ValueDiff.Same same) {
      out.add(new DiffLine(Marker.NONE, depth, label + ValueText.of(same.value()) + end));
    } else if (diff instanceof ValueDiff.Added added) {
      whole(out, Marker.ADD, label, added.value(), depth, end);
    } else if (diff instanceof ValueDiff.Removed removed) {
      whole(out, Marker.REMOVE, label, removed.value(), depth, end);
    } else if (diff instanceof ValueDiff.Replaced r && (composite(r.before()) || composite(r.after()))) {
      whole(out, Marker.REMOVE, label, r.before(), depth, end);
      whole(out, Marker.ADD, label, r.after(), depth, end);
    } else if (diff instanceof ValueDiff.Replaced r) {
      out.add(new DiffLine(Marker.CHANGE, depth, label + ValueText.of(r.before()) + " -> " + ValueText.of(r.after()) + end));
    } else if (diff instanceof ValueDiff.InList list) {
      out.add(new DiffLine(Marker.CHANGE, depth, label + "["));
      int hidden = 0;
      for (ValueDiff e : list.entries()) {
        if (e.unchanged()) {
          hidden++;
        } else {
          hidden = fold(out, hidden, depth + 1, "entry", "entries");
          entry(out, "", e, depth + 1, ",");
        }
      }
      fold(out, hidden, depth + 1, "entry", "entries");
      out.add(new DiffLine(Marker.NONE, depth, "]" + end));
    } else if (diff instanceof ValueDiff.InMap map) {
      out.add(new DiffLine(Marker.CHANGE, depth, label + "{"));
      map.fields().forEach((k, v) -> {
        if (!v.unchanged()) {
          entry(out, key(k) + ": ", v, depth + 1, "");
        }
      });
      fold(out, (int) map.fields().values().stream().filter(ValueDiff::unchanged).count(), depth + 1, "field", "fields");
      out.add(new DiffLine(Marker.NONE, depth, "}" + end));
    }
  }

  /** A value added or removed whole: every entry inside it carries the same marker. */
  private static void whole(List<DiffLine> out, Marker marker, String label, Value value, int depth, String end) {
    if (value instanceof Value.Items list && !list.items().isEmpty()) {
      out.add(new DiffLine(marker, depth, label + "["));
      list.items().forEach(item -> whole(out, marker, "", item, depth + 1, ","));
      out.add(new DiffLine(Marker.NONE, depth, "]" + end));
    } else if (value instanceof Value.Fields map && !map.fields().isEmpty()) {
      out.add(new DiffLine(marker, depth, label + "{"));
      for (Map.Entry<String, Value> f : map.fields().entrySet()) {
        whole(out, marker, key(f.getKey()) + ": ", f.getValue(), depth + 1, "");
      }
      out.add(new DiffLine(Marker.NONE, depth, "}" + end));
    } else {
      out.add(new DiffLine(marker, depth, label + ValueText.of(value) + end));
    }
  }

  /** Writes the note for {@code hidden} unchanged entries, if any; returns 0, the count after it. */
  private static int fold(List<DiffLine> out, int hidden, int depth, String one, String many) {
    if (hidden > 0) {
      out.add(new DiffLine(Marker.NONE, depth, "# (" + String.format(java.util.Locale.ROOT, "%,d", hidden) + " unchanged "
          + (hidden == 1 ? one : many) + " hidden)"));
    }
    return 0;
  }

  private static boolean composite(Value value) {
    return value instanceof Value.Items || value instanceof Value.Fields;
  }

  /** A map key as written, quoted when it is not a plain name. */
  private static String key(String name) {
    return name.matches("[A-Za-z_][A-Za-z0-9_.-]*") ? name : Printable.quoted(name);
  }
}
