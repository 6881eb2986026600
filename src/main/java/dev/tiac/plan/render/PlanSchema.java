package dev.tiac.plan.render;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** schemas/plan-v1.schema.json as the jar carries it, compiled once on first use. */
final class PlanSchema {
  static final String RESOURCE = "/dev/tiac/schemas/plan-v1.schema.json";

  private static volatile PlanSchema instance;

  private final Schema schema;

  private PlanSchema() {
    try (InputStream in = PlanSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + RESOURCE);
      }
      JsonNode tree = PlanJson.JSON.readTree(in);
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(SchemaLocation.of(tree.path("$id").asString()), tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PlanSchema get() {
    PlanSchema s = instance;
    if (s == null) {
      s = new PlanSchema();
      instance = s;
    }
    return s;
  }

  List<Error> validate(JsonNode document) {
    return schema.validate(document);
  }
}
