package dev.tiac.plan.render;

import dev.tiac.contract.Value;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How one value changed, entry by entry: the one model every view draws (the plan's text and the
 * drift reports), so that a blocked list of 2,000 senders that gains one shows one added entry,
 * not two quoted walls of text. Lists are compared as sequences (a move is a removal and an
 * addition), maps field by field.
 */
public sealed interface ValueDiff {
  /** Equal on both sides. */
  record Same(Value value) implements ValueDiff {}

  /** Only on the after side: a new attribute, field or entry. */
  record Added(Value value) implements ValueDiff {}

  /** Only on the before side. */
  record Removed(Value value) implements ValueDiff {}

  /** A scalar that changed, or a value that changed shape (a list became text). */
  record Replaced(Value before, Value after) implements ValueDiff {}

  /** A list changed in place: every entry of both sides, in order, as same, added or removed. */
  record InList(List<ValueDiff> entries) implements ValueDiff {
    public InList {
      entries = List.copyOf(entries);
    }
  }

  /** A map changed in place: every field of both sides, by name. */
  record InMap(SortedMap<String, ValueDiff> fields) implements ValueDiff {
    public InMap {
      fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
    }
  }

  /** The difference between two optional values; none when both are absent. */
  static Optional<ValueDiff> of(Optional<Value> before, Optional<Value> after) {
    if (before.isPresent() && after.isPresent()) {
      return Optional.of(of(before.get(), after.get()));
    }
    return before.<ValueDiff>map(Removed::new).or(() -> after.map(Added::new));
  }

  /** The difference between two values. */
  static ValueDiff of(Value before, Value after) {
    if (before.equals(after)) {
      return new Same(after);
    }
    if (before instanceof Value.Items b && after instanceof Value.Items a) {
      return new InList(EntryDiff.entries(b.items(), a.items()));
    }
    if (before instanceof Value.Fields b && after instanceof Value.Fields a) {
      return new InMap(fields(b.fields(), a.fields()));
    }
    return new Replaced(before, after);
  }

  private static SortedMap<String, ValueDiff> fields(Map<String, Value> before, Map<String, Value> after) {
    SortedMap<String, ValueDiff> out = new TreeMap<>();
    TreeSet<String> names = new TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    names.forEach(n -> of(Optional.ofNullable(before.get(n)), Optional.ofNullable(after.get(n))).ifPresent(d -> out.put(n, d)));
    return out;
  }

  /** Whether nothing changed. */
  default boolean unchanged() {
    return this instanceof Same;
  }
}
