package dev.tiac.config.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import dev.tiac.config.load.TreeReader;

/** The JSON Schema of the desired-state format, as shipped in the jar (schemas/tiac-v1.schema.json). */
public final class TiacSchema {
  public static final String RESOURCE = "/dev/tiac/schemas/tiac-v1.schema.json";

  private static final TiacSchema INSTANCE = new TiacSchema();

  private final String text;
  private final JsonNode tree;
  private volatile Schema compiled;

  private TiacSchema() {
    try (InputStream in = TiacSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + RESOURCE);
      }
      this.text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.tree = TreeReader.readJson(text);
  }

  public static TiacSchema get() {
    return INSTANCE;
  }

  public String text() {
    return text;
  }

  public JsonNode tree() {
    return tree;
  }

  Schema compiled() {
    Schema schema = compiled;
    if (schema == null) {
      // Handing over the tree read above spares networknt parsing the same text again.
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(SchemaLocation.of(tree.path("$id").asString()), tree);
      compiled = schema;
    }
    return schema;
  }

  /** The schema object at a fragment pointer such as {@code /$defs/sha1}. */
  public Optional<JsonNode> at(String fragment) {
    JsonNode node = tree.at(fragment);
    return node.isMissingNode() ? Optional.empty() : Optional.of(node);
  }

  /** Follows one {@code $ref} (local refs only, the only kind this schema uses). */
  public JsonNode deref(JsonNode schemaNode) {
    JsonNode node = schemaNode;
    for (int hops = 0; hops < 8 && node.has("$ref"); hops++) {
      String ref = node.get("$ref").asString();
      JsonNode target = tree.at(ref.startsWith("#") ? ref.substring(1) : ref);
      if (target.isMissingNode()) {
        break;
      }
      node = target;
    }
    return node;
  }
}
