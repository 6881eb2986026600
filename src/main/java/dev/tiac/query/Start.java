package dev.tiac.query;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Where a query starts, with the fields the file gave under their file names (e.g. subject). */
public record Start(Kind kind, Map<String, String> fields) {
  public Start {
    fields = Map.copyOf(new TreeMap<>(fields));
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a starting point needs at least one field");
    }
  }

  public enum Kind { EMAIL, USER, ENDPOINT, INDICATOR }

  public Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /** The one field of a user, endpoint or indicator start (the schema allows exactly one). */
  public Map.Entry<String, String> only() {
    return new TreeMap<>(fields).firstEntry();
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + new TreeMap<>(fields);
  }
}
