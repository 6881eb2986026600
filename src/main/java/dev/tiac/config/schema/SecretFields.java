package dev.tiac.config.schema;

import dev.tiac.config.load.Pointers;
import tools.jackson.databind.JsonNode;

/**
 * Tells whether a place in the document holds a secret, by asking the schema: a field is secret
 * when its definition is {@code $ref: #/$defs/secret}. One source of truth for validation,
 * redaction and fingerprints.
 */
public final class SecretFields {
  private static final String SECRET_REF = "#/$defs/secret";

  private SecretFields() {}

  public static boolean isSecret(String pointer) {
    TiacSchema schema = TiacSchema.get();
    JsonNode node = schema.tree();
    for (String segment : Pointers.segments(pointer)) {
      node = schema.deref(node);
      if (node.has("properties") && node.get("properties").has(segment)) {
        node = node.get("properties").get(segment);
      } else if (node.has("items") && segment.chars().allMatch(Character::isDigit)) {
        node = node.get("items");
      } else {
        return false;
      }
    }
    return node.has("$ref") && SECRET_REF.equals(node.get("$ref").asString());
  }
}
