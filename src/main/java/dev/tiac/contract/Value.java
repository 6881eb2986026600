package dev.tiac.contract;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One attribute's value as the file and the services give it: text, a boolean, a number, a list or
 * a map of named values. Immutable and equal by structure, so desired and live compare with
 * {@code equals}: a number equals the same number however it was written (2, 2.0), a map's keys
 * are kept sorted, and whoever builds a set-like list sorts it ({@link #set}). People see a value
 * only through a renderer, never through {@code toString}.
 */
public sealed interface Value {
  Bool TRUE = new Bool(true);
  Bool FALSE = new Bool(false);

  /** Text, as written; never parsed for a type it might look like. */
  record Text(String value) implements Value {
    public Text {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public JsonNode toJson() {
      return JsonNodeFactory.instance.stringNode(value);
    }
  }

  /** A boolean. */
  record Bool(boolean value) implements Value {
    @Override
    public JsonNode toJson() {
      return JsonNodeFactory.instance.booleanNode(value);
    }
  }

  /** A number, kept without trailing zeros so that equal numbers are equal values. */
  record Num(BigDecimal value) implements Value {
    public Num {
      value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    /** Whole numbers as JSON integers (2, not 2.0 or 2E+0). */
    @Override
    public JsonNode toJson() {
      if (value.scale() > 0) {
        return JsonNodeFactory.instance.numberNode(value);
      }
      BigInteger whole = value.toBigIntegerExact();
      return whole.bitLength() < 64 ? JsonNodeFactory.instance.numberNode(whole.longValue()) : JsonNodeFactory.instance.numberNode(whole);
    }
  }

  /** A list, in the order given. */
  record Items(List<Value> items) implements Value {
    public Items {
      items = List.copyOf(items);
    }

    @Override
    public JsonNode toJson() {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      items.forEach(i -> array.add(i.toJson()));
      return array;
    }
  }

  /** Named values, keys sorted. */
  record Fields(Map<String, Value> fields) implements Value {
    public Fields {
      fields = Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    @Override
    public JsonNode toJson() {
      ObjectNode object = JsonNodeFactory.instance.objectNode();
      fields.forEach((k, v) -> object.set(k, v.toJson()));
      return object;
    }
  }

  /** Lists sort by this order: text by its characters, numbers by value, then by JSON form. */
  Comparator<Value> ORDER = Comparator.comparing((Value v) -> v.getClass().getSimpleName())
      .thenComparing((a, b) -> a instanceof Text x && b instanceof Text y ? x.value().compareTo(y.value())
          : a instanceof Num x && b instanceof Num y ? x.value().compareTo(y.value())
          : a.toJson().toString().compareTo(b.toJson().toString()));

  static Text text(String value) {
    return new Text(value);
  }

  static Bool bool(boolean value) {
    return value ? TRUE : FALSE;
  }

  static Num number(long value) {
    return new Num(BigDecimal.valueOf(value));
  }

  static Num number(BigDecimal value) {
    return new Num(value);
  }

  static Items list(List<? extends Value> items) {
    return new Items(List.copyOf(items));
  }

  /** A set of texts: sorted, duplicates kept as given. */
  static Items set(Collection<String> texts) {
    return sorted(texts.stream().map(Value::text).toList());
  }

  /** A set-like list in the canonical order, so that two equal sets are equal values. */
  static Items sorted(Collection<? extends Value> items) {
    List<Value> copy = new ArrayList<>(items);
    copy.sort(ORDER);
    return new Items(copy);
  }

  static Fields map(Map<String, ? extends Value> fields) {
    return new Fields(Map.copyOf(fields));
  }

  /** The text of a text attribute; {@code absent} when the attribute is missing or not text. */
  static String textOf(Map<String, Value> attributes, String name, String absent) {
    Value value = attributes.get(name);
    return value == null ? absent : value.asText().orElse(absent);
  }

  /** The value of a JSON scalar, array or object; JSON null and a missing node are no value. */
  static Value of(JsonNode node) {
    if (node.isString()) {
      return new Text(node.asString());
    }
    if (node.isBoolean()) {
      return bool(node.booleanValue());
    }
    if (node.isNumber()) {
      return new Num(node.decimalValue());
    }
    if (node.isArray()) {
      List<Value> items = new ArrayList<>();
      node.forEach(n -> items.add(of(n)));
      return new Items(items);
    }
    if (node.isObject()) {
      Map<String, Value> fields = new TreeMap<>();
      node.properties().forEach(e -> fields.put(e.getKey(), of(e.getValue())));
      return new Fields(fields);
    }
    throw new IllegalArgumentException("no value in a JSON " + node.getNodeType());
  }

  /** A fresh JSON node for the value: a string, true, 2, 2.5, an array or an object. */
  JsonNode toJson();

  /** The text, when this is text. */
  default Optional<String> asText() {
    return this instanceof Text t ? Optional.of(t.value()) : Optional.empty();
  }

  /** The boolean, when this is one. */
  default Optional<Boolean> asBoolean() {
    return this instanceof Bool b ? Optional.of(b.value()) : Optional.empty();
  }

  /** The number, when this is one. */
  default Optional<BigDecimal> asNumber() {
    return this instanceof Num n ? Optional.of(n.value()) : Optional.empty();
  }

  /** The items of a list; none for anything else. */
  default List<Value> items() {
    return this instanceof Items l ? l.items() : List.of();
  }

  /** The texts among a list's items, in order; none for anything else. */
  default List<String> texts() {
    return items().stream().flatMap(v -> v.asText().stream()).toList();
  }

  /** The fields of a map; none for anything else. */
  default Map<String, Value> fields() {
    return this instanceof Fields f ? f.fields() : Map.of();
  }
}
