package dev.tiac.config.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema for overlay files ({@code schemas/tiac-v1-overlay.schema.json}): the desired-state
 * schema with nothing required, because an overlay states only what differs from its base and the
 * required fields live there. Derived, never edited, so the two cannot drift apart; the merged
 * files are still validated against the full schema by {@code tiac validate BASE OVERLAY}.
 */
public final class OverlaySchema {
  public static final String FILE_NAME = "tiac-v1-overlay.schema.json";

  private OverlaySchema() {}

  /** The overlay schema as the file in {@code schemas/} holds it. */
  public static String text() {
    JsonMapper json = JsonMapper.builder().build();
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(of(TiacSchema.get().tree())) + "\n";
  }

  static ObjectNode of(JsonNode base) {
    ObjectNode overlay = (ObjectNode) relax(base.deepCopy());
    overlay.put("$id", "https://tiac.dev/schemas/" + FILE_NAME);
    overlay.put("title", "tiac desired-state overlay (tiac.dev/v1)");
    overlay.put("description", "An overlay on a tiac desired-state file: the same fields, none required, since an overlay"
        + " states only what differs from the file before it. Later files win; list items with the same name merge field by field.");
    return overlay;
  }

  /**
   * Drops every {@code required}, every oneOf/anyOf that only chose between required fields, and
   * every if/then/else (a rule on fields together, which an overlay may state only some of; the
   * merged file is checked against the full schema).
   */
  private static JsonNode relax(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(List.of("required", "if", "then", "else"));
      for (String choice : List.of("oneOf", "anyOf")) {
        if (object.has(choice) && onlyRequired(object.get(choice))) {
          object.remove(choice);
        }
      }
      List<Map.Entry<String, JsonNode>> children = new ArrayList<>(object.properties());
      children.forEach(e -> relax(e.getValue()));
    } else if (node instanceof ArrayNode array) {
      array.forEach(OverlaySchema::relax);
    }
    return node;
  }

  private static boolean onlyRequired(JsonNode alternatives) {
    for (JsonNode alternative : alternatives) {
      if (alternative.size() != 1 || !alternative.has("required")) {
        return false;
      }
    }
    return true;
  }
}
