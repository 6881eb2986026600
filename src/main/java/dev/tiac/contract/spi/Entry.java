package dev.tiac.contract.spi;

import dev.tiac.contract.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One mapping of the desired-state file as export writes it, in the file's own vocabulary: keys in
 * order, each with a value, a list written one item per line, a nested mapping or a list of them,
 * and the comment lines a person reads before it. Export turns it into YAML; the same entry read
 * back as JSON is what a file holding it declares.
 */
public final class Entry {
  /** What YAML reads back as the same string: starting with a letter, no indicator, no word it reads as a boolean. */
  private static final Pattern PLAIN = Pattern.compile("(?i)(?!(y|n|yes|no|on|off|true|false|null)$)[a-z][a-z0-9@._+/-]*");

  /** What one key holds. */
  public sealed interface Held {
    /** As a file holding it declares it. */
    JsonNode toJson();
  }

  /** A value, lists of scalars written inline. */
  public record Scalar(Value value) implements Held {
    @Override
    public JsonNode toJson() {
      return value.toJson();
    }
  }

  /** A list written one item per line (a long list of entries reads better so). */
  public record Lines(List<Value> items) implements Held {
    public Lines {
      items = List.copyOf(items);
    }

    @Override
    public JsonNode toJson() {
      return Value.list(items).toJson();
    }
  }

  /** A nested mapping. */
  public record Nested(Entry entry) implements Held {
    @Override
    public JsonNode toJson() {
      return entry.toJson();
    }
  }

  /** A list of mappings, one per item. */
  public record Items(List<Entry> entries) implements Held {
    public Items {
      entries = List.copyOf(entries);
    }

    @Override
    public JsonNode toJson() {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      entries.forEach(e -> array.add(e.toJson()));
      return array;
    }
  }

  /** One key with what it holds and the comment lines before it. */
  public record Field(String key, Held held, List<String> comments) {
    public Field {
      comments = List.copyOf(comments);
    }
  }

  private final List<Field> fields = new ArrayList<>();
  private final List<String> pending = new ArrayList<>();

  public Entry put(String key, Value value) {
    return put(key, new Scalar(value));
  }

  public Entry put(String key, Entry nested) {
    return put(key, new Nested(nested));
  }

  /** The value, when there is one. */
  public Entry put(String key, Optional<Value> value) {
    return value.map(v -> put(key, v)).orElse(this);
  }

  public Entry put(String key, Held held) {
    fields.removeIf(f -> f.key().equals(key));
    fields.add(new Field(key, held, pending));
    pending.clear();
    return this;
  }

  /** Comment lines before the next key (or at the end); an empty line is a blank line. */
  public Entry comment(String... lines) {
    pending.addAll(List.of(lines));
    return this;
  }

  public List<Field> fields() {
    return List.copyOf(fields);
  }

  /** The comments after the last key. */
  public List<String> endComments() {
    return List.copyOf(pending);
  }

  /** The nested mapping under {@code key}, added (last) when there is none yet. */
  public Entry child(String key) {
    for (Field f : fields) {
      if (f.key().equals(key) && f.held() instanceof Nested n) {
        return n.entry();
      }
    }
    Entry child = new Entry();
    put(key, child);
    return child;
  }

  /** The entry as a file holding it declares it (comments are for people). */
  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    fields.forEach(f -> node.set(f.key(), f.held().toJson()));
    return node;
  }

  /** A text shown inside a comment as YAML would write it: as it is when plain, else double-quoted with escapes, on one line. */
  public static String inline(String value) {
    return PLAIN.matcher(value).matches() ? value : Value.text(value).toJson().toString();
  }
}
