package dev.tiac.contract.spi;

import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.Value;
import java.math.BigDecimal;
import java.util.Optional;

/** What a definition reads off a planned change: an attribute's values before and after, in words a step uses. */
public final class Changes {
  private Changes() {}

  public static Optional<AttributeChange> attribute(Change change, String name) {
    return change.attributes().stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** Whether the change touches the attribute at all. */
  public static boolean changes(Change change, String name) {
    return attribute(change, name).isPresent();
  }

  /** The value the change sets. */
  public static Optional<Value> after(Change change, String name) {
    return attribute(change, name).flatMap(AttributeChange::after);
  }

  /** The value the change sets, in the words a console step uses. */
  public static Optional<String> afterWords(Change change, String name) {
    return after(change, name).map(Changes::words);
  }

  /** Text and numbers as they are, a list as its entries, a map as its named parts: what a person types or ticks. */
  public static String words(Value value) {
    if (value instanceof Value.Items list) {
      return String.join(", ", list.items().stream().map(Changes::words).toList());
    }
    if (value instanceof Value.Fields map) {
      return String.join("; ", map.fields().entrySet().stream().map(e -> e.getKey() + " " + words(e.getValue())).toList());
    }
    return value.asText().or(() -> value.asNumber().map(BigDecimal::toPlainString))
        .or(() -> value.asBoolean().map(String::valueOf)).orElseThrow();
  }
}
