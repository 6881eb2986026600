package dev.tiac.config.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Renders the schema as a Markdown table of every field, so the README's format reference is
 * generated from the same file editors and the validator read, and the two cannot drift apart.
 */
public final class SchemaReference {
  private SchemaReference() {}

  /** Every field, at any depth. */
  public static String markdown() {
    return markdown(Integer.MAX_VALUE);
  }

  /** Fields down to {@code levels} deep (1 = the top-level sections only). */
  public static String markdown(int levels) {
    TiacSchema schema = TiacSchema.get();
    List<String> rows = new ArrayList<>();
    walk(schema, schema.tree(), "", rows, 0, levels);
    StringBuilder out = new StringBuilder("| field | type | description |\n|---|---|---|\n");
    rows.forEach(r -> out.append(r).append('\n'));
    return out.toString();
  }

  private static void walk(TiacSchema schema, JsonNode node, String path, List<String> rows, int depth, int levels) {
    JsonNode resolved = schema.deref(node);
    if (depth >= levels || depth > 8) {
      return;
    }
    JsonNode properties = resolved.get("properties");
    if (properties != null) {
      Set required = new Set(resolved.get("required"));
      for (Map.Entry<String, JsonNode> e : properties.properties()) {
        String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        JsonNode definition = e.getValue();
        JsonNode target = schema.deref(definition);
        String description = text(definition.get("description"), text(target.get("description"), ""));
        String type = isSecret(definition) ? "secret: `${env:…}`, `${file:…}` or `${ref:…}`" : type(target);
        String cell = description + defaultAndExample(definition, target, description);
        rows.add("| `" + child + "`" + (required.has(e.getKey()) ? " (required)" : "") + " | " + type + " | " + cell.replace("|", "\\|") + " |");
        walk(schema, target, child, rows, depth + 1, levels);
      }
    }
    JsonNode items = resolved.get("items");
    if (items != null) {
      walk(schema, items, path + "[]", rows, depth, levels);
    }
  }

  /** " Default: `30`." and " Example: `…`." where the schema gives them (the field's own, else its type's). */
  private static String defaultAndExample(JsonNode definition, JsonNode target, String description) {
    StringBuilder out = new StringBuilder();
    JsonNode fallback = definition.has("default") ? definition.get("default") : target.get("default");
    if (fallback != null && !description.contains("(default")) {
      out.append(" Default: `").append(literal(fallback)).append("`.");
    }
    JsonNode examples = definition.has("examples") ? definition.get("examples") : target.get("examples");
    if (examples != null && !examples.isEmpty()) {
      out.append(" Example: `").append(literal(examples.get(0))).append("`.");
    }
    return out.toString();
  }

  private static String literal(JsonNode value) {
    return value.isString() ? value.asString() : value.toString();
  }

  private static boolean isSecret(JsonNode definition) {
    return definition.has("$ref") && "#/$defs/secret".equals(definition.get("$ref").asString());
  }

  private static String type(JsonNode node) {
    if (node.has("const")) {
      return "`" + node.get("const").toString().replace("|", "\\|") + "`";
    }
    if (node.has("enum")) {
      List<String> values = new ArrayList<>();
      node.get("enum").forEach(v -> values.add(v.asString()));
      return String.join(" \\| ", values);
    }
    if (node.has("type")) {
      String type = node.get("type").asString();
      return "array".equals(type) ? "list" : "object".equals(type) ? "mapping" : type;
    }
    return "see description";
  }

  private static String text(JsonNode node, String fallback) {
    return node == null ? fallback : node.asString();
  }

  /** The required names of one object schema. */
  private record Set(JsonNode required) {
    boolean has(String name) {
      if (required == null) {
        return false;
      }
      for (JsonNode n : required) {
        if (n.asString().equals(name)) {
          return true;
        }
      }
      return false;
    }
  }
}
