package dev.tiac.sandbox.http;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The sandbox's one JSON mapper. */
public final class Json {
  public static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  public static String pretty(Object value) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  /** Parses a request body; a body that is not JSON reads as a missing node so routes answer 400. */
  public static JsonNode parse(String text) {
    if (text.isBlank()) {
      return MAPPER.missingNode();
    }
    try {
      return MAPPER.readTree(text);
    } catch (tools.jackson.core.JacksonException e) {
      return MAPPER.missingNode();
    }
  }

  public static <T> T convert(JsonNode node, Class<T> type) {
    return MAPPER.treeToValue(node, type);
  }

  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }
}
