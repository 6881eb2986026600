package dev.tiac.state;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * schemas/state-v1.schema.json as the jar carries it. A hand-edited or truncated state ({@code
 * "resources": null}, a serial in quotes) is refused with the places that are wrong, before any
 * command works from it: read leniently, it would silently drop ownership of what tiac created.
 */
final class StateSchema {
  static final String RESOURCE = "/dev/tiac/schemas/state-v1.schema.json";
  private static final int SHOWN = 5;

  private static volatile Schema compiled;

  private StateSchema() {}

  /** What is wrong with {@code root}, at most {@value #SHOWN} places; empty when it matches. */
  static Optional<String> problems(JsonNode root) {
    List<Error> errors = schema().validate(root);
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    String shown = errors.stream().limit(SHOWN)
        .map(e -> (e.getInstanceLocation().toString().isEmpty() ? "/" : e.getInstanceLocation().toString()) + ": " + e.getMessage())
        .collect(Collectors.joining("; "));
    return Optional.of("it does not match state-v1.schema.json (" + shown
        + (errors.size() > SHOWN ? "; and " + (errors.size() - SHOWN) + " more" : "") + ")");
  }

  private static Schema schema() {
    Schema s = compiled;
    if (s == null) {
      try (InputStream in = StateSchema.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the jar lacks " + RESOURCE);
        }
        JsonNode tree = Json.MAPPER.readTree(in);
        s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(tree.path("$id").asString()), tree);
        compiled = s;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return s;
  }
}
