package dev.tiac.state;

import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Non-secret attributes of a resource as last applied: an immutable JSON object. Jackson nodes are
 * mutable, so every way in and out goes through a deep copy.
 */
public final class Attributes {
  private static final Attributes EMPTY = new Attributes(Json.MAPPER.createObjectNode());

  private final ObjectNode node;

  private Attributes(ObjectNode node) {
    this.node = node;
  }

  public static Attributes empty() {
    return EMPTY;
  }

  /** Copies a JSON object; anything else is refused because attributes are always named. */
  public static Attributes of(JsonNode json) {
    if (!json.isObject()) {
      throw new IllegalArgumentException("attributes must be a JSON object, got " + json.getNodeType());
    }
    return new Attributes(canonical(json));
  }

  /** Converts plain Java values (maps, lists, strings, numbers, booleans) to attributes. */
  public static Attributes of(Map<String, ?> values) {
    return of(Json.MAPPER.<JsonNode>valueToTree(values));
  }

  // Through text and back, so 1L and 1, or 2.5d and 2.5 as read from a file, compare equal:
  // otherwise re-recording unchanged attributes would look like a change and bump the serial.
  private static ObjectNode canonical(JsonNode json) {
    return (ObjectNode) Json.MAPPER.readTree(Json.MAPPER.writeValueAsBytes(json));
  }

  public JsonNode asJson() {
    return node.deepCopy();
  }

  public Optional<JsonNode> get(String name) {
    return node.optional(name).map(JsonNode::deepCopy);
  }

  public boolean isEmpty() {
    return node.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Attributes that && node.equals(that.node);
  }

  @Override
  public int hashCode() {
    return node.hashCode();
  }

  @Override
  public String toString() {
    return Json.MAPPER.writeValueAsString(node);
  }
}
