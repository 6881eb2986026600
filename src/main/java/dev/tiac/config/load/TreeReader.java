package dev.tiac.config.load;

import dev.tiac.config.diagnostics.SourceLocation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLReadFeature;
import tools.jackson.dataformat.yaml.YAMLSchema;

/**
 * Reads YAML that passed {@link YamlGuard} into a Jackson tree while recording the line and column
 * of every key, value and element. Scalars are typed by the YAML 1.2 core schema, so {@code no},
 * {@code on} and {@code 1_000} stay strings and only true/false are booleans.
 */
public final class TreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final TokenStreamFactory factory;
  private final boolean selfQuoting;

  private TreeReader(TokenStreamFactory factory, boolean selfQuoting) {
    this.factory = factory;
    this.selfQuoting = selfQuoting;
  }

  /**
   * Reads JSON without building an ObjectMapper (the shipped schema, for instance); its strings
   * print themselves without one too (see {@link QuotedStringNode}).
   */
  public static JsonNode readJson(String text) {
    return new TreeReader(new JsonFactory(), true).read("(json)", text, new NodeLocations());
  }

  TreeReader(Limits limits) {
    YAMLFactory built =
        YAMLFactory.builder()
            .yamlSchema(YAMLSchema.CORE)
            // 0755 is a decimal number in YAML 1.2; only 0o755 is octal.
            .disable(YAMLReadFeature.PARSE_OCTAL_NUMBERS)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth() + 1)
                    .maxStringLength(limits.maxScalarChars() + 1)
                    .maxDocumentLength(limits.maxDocumentBytes() + 1L)
                    .build())
            .build();
    // A bare factory, not a YAMLMapper: building a mapper costs ~200 ms of start-up that a
    // pre-commit hook would pay on every commit, and token streaming needs none of it.
    this.factory = built;
    this.selfQuoting = false;
  }

  JsonNode read(String file, String text, NodeLocations locations) {
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        ObjectNode empty = NODES.objectNode();
        locations.add(empty, SourceLocation.startOf(file));
        return empty;
      }
      return value(parser, file, locations);
    }
  }

  private JsonNode value(JsonParser parser, String file, NodeLocations locations) {
    JsonToken token = parser.currentToken();
    SourceLocation here = location(file, parser.currentTokenLocation());
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        NodeLocations.Container info = locations.add(object, here);
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          info.keys.put(name, location(file, parser.currentTokenLocation()));
          parser.nextToken();
          info.values.put(name, location(file, parser.currentTokenLocation()));
          object.set(name, value(parser, file, locations));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        NodeLocations.Container info = locations.add(array, here);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          info.elements.add(location(file, parser.currentTokenLocation()));
          array.add(value(parser, file, locations));
        }
        return array;
      }
      case VALUE_STRING -> {
        return selfQuoting ? new QuotedStringNode(parser.getString()) : NODES.stringNode(parser.getString());
      }
      case VALUE_NUMBER_INT -> {
        return NODES.numberNode(parser.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        // .inf and .nan have no decimal form; keeping the text lets the schema say what it expected.
        return parser.isNaN() ? NODES.stringNode(parser.getString()) : NODES.numberNode(parser.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> {
        return NODES.stringNode(parser.getValueAsString(""));
      }
    }
  }

  private static SourceLocation location(String file, TokenStreamLocation at) {
    return new SourceLocation(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
  }
}
