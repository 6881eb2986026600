package dev.tiac.plan.render;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** Walks a JSON Schema and lists every property whose schema lacks a description. */
final class SchemaDescriptions {
  private SchemaDescriptions() {}

  static void collectUndescribed(JsonNode schema, String pointer, List<String> missing) {
    if (schema.isObject()) {
      JsonNode properties = schema.path("properties");
      if (properties.isObject()) {
        properties.properties().forEach(e -> {
          if (!e.getValue().path("description").isString()) {
            missing.add(pointer + "/properties/" + e.getKey());
          }
        });
      }
      schema.properties().forEach(e -> collectUndescribed(e.getValue(), pointer + "/" + e.getKey(), missing));
    } else if (schema.isArray()) {
      for (int i = 0; i < schema.size(); i++) {
        collectUndescribed(schema.get(i), pointer + "/" + i, missing);
      }
    }
  }
}
