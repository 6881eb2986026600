package dev.tiac.plan.render;

import dev.tiac.contract.Value;
import java.util.stream.Collectors;

/**
 * The one place a value is written for people: strings quoted, booleans and numbers bare, lists
 * and maps inline in a JSON-like form ({@code ["a", "b"]}, {@code {type: "filtered"}}). Every text
 * renderer (plan, drift reports) calls it, so replacing it changes them all.
 */
public final class ValueText {
  private ValueText() {}

  /** The value as a plan shows it, cleaned of control characters. */
  public static String of(Value value) {
    if (value instanceof Value.Text text) {
      return Printable.quoted(text.value());
    }
    if (value instanceof Value.Items list) {
      return list.items().stream().map(ValueText::of).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Value.Fields map) {
      return map.fields().entrySet().stream().map(e -> Printable.clean(e.getKey()) + ": " + of(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return value.asNumber().map(java.math.BigDecimal::toPlainString).orElseGet(() -> String.valueOf(value.asBoolean().orElseThrow()));
  }
}
