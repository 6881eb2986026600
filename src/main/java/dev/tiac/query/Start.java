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

  /** As people read it, e.g. {@code email with attachmentExtension "docm", subject "invoice"}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(kind.name().toLowerCase(java.util.Locale.ROOT)).append(" with ");
    String separator = "";
    for (Map.Entry<String, String> field : new TreeMap<>(fields).entrySet()) {
      text.append(separator).append(field.getKey()).append(" \"").append(field.getValue()).append('"');
      separator = ", ";
    }
    return text.toString();
  }
}
