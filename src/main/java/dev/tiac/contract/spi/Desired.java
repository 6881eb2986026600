package dev.tiac.contract.spi;

import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * One resource's desired attributes while its definition reads them from the node that declares
 * it: typed as the file writes them, in the canonical form desired and live state both use (every
 * list sorted: the lists of this format are sets), with its secrets' expressions and its opt-ins.
 */
public final class Desired {
  private final Map<String, Value> attributes = new TreeMap<>();
  private final Map<String, String> secrets = new TreeMap<>();
  private final Set<OptIn> optIns = new TreeSet<>();

  /** The value the file gives, if it gives one (not missing, not null). */
  public Desired put(String name, JsonNode value) {
    if (value != null && !value.isMissingNode() && !value.isNull()) {
      attributes.put(name, canonical(value));
    }
    return this;
  }

  public Desired put(String name, Value value) {
    attributes.put(name, value);
    return this;
  }

  /** The value the file gives, else the format's default. */
  public Desired put(String name, JsonNode value, Value absent) {
    return value.isMissingNode() || value.isNull() ? put(name, absent) : put(name, value);
  }

  /** A list of entries the service compares without case, lower-cased; an empty list when absent. */
  public Desired lowerCased(String name, JsonNode list) {
    List<String> entries = new ArrayList<>();
    list.forEach(e -> entries.add(e.asString().toLowerCase(Locale.ROOT)));
    return put(name, Value.set(entries));
  }

  /** A write-only secret: only its {@code ${…}} expression, resolved when a run needs the value. */
  public Desired secret(String name, JsonNode expression) {
    secrets.put(name, expression.asString());
    return this;
  }

  /** The opt-in, when the file sets its key to true. */
  public Desired optIn(JsonNode flag, OptIn optIn) {
    if (flag != null && flag.asBoolean(false)) {
      optIns.add(optIn);
    }
    return this;
  }

  public Map<String, Value> attributes() {
    return Map.copyOf(attributes);
  }

  public Map<String, String> secrets() {
    return Map.copyOf(secrets);
  }

  public Set<OptIn> optIns() {
    return Set.copyOf(optIns);
  }

  /** The typed value as the file writes it, every list sorted. */
  public static Value canonical(JsonNode value) {
    return sortLists(Value.of(value));
  }

  private static Value sortLists(Value value) {
    if (value instanceof Value.Items list) {
      return Value.sorted(list.items().stream().map(Desired::sortLists).toList());
    }
    if (value instanceof Value.Fields map) {
      Map<String, Value> fields = new TreeMap<>();
      map.fields().forEach((k, v) -> fields.put(k, sortLists(v)));
      return Value.map(fields);
    }
    return value;
  }
}
