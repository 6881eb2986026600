package dev.tiac.plan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** docs/plan-json.md says what the schema says: every field in its tables, and a worked example that validates. */
class PlanJsonDocTest {
  private static final Path DOC = Path.of("docs/plan-json.md");

  @Test
  void everyFieldOfThePlanAndOfAChangeIsDescribed() throws IOException {
    String doc = Files.readString(DOC);
    JsonNode schema = schema();
    List<String> missing = new ArrayList<>();
    schema.path("properties").propertyNames().forEach(name -> described(doc, name, missing));
    schema.path("$defs").path("change").path("properties").propertyNames().forEach(name -> described(doc, name, missing));
    assertEquals(List.of(), missing, "fields of schemas/plan-v1.schema.json that docs/plan-json.md does not name in a table");
    assertTrue(doc.contains("| `" + PlanJson.FORMAT_VERSION + "` |"), "the version table lacks " + PlanJson.FORMAT_VERSION);
  }

  @Test
  void theWorkedExamplesChangesMatchTheSchema() throws IOException {
    String doc = Files.readString(DOC);
    String section = doc.substring(doc.indexOf("<!-- example:begin -->"), doc.indexOf("<!-- example:end -->"));
    String json = section.substring(section.indexOf("```json\n") + 8, section.indexOf("\n```", section.indexOf("```json\n")));
    JsonNode example = PlanJson.JSON.readTree(json);
    assertEquals(PlanJson.FORMAT_VERSION, example.path("formatVersion").asString());
    ObjectNode change = ((ObjectNode) schema().deepCopy());
    change.remove(List.of("required", "properties", "additionalProperties"));
    change.put("$ref", "#/$defs/change");
    var validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://tiac.dev/schemas/plan-v1-change.schema.json"), change);
    assertEquals(3, example.path("changes").size());
    for (JsonNode c : example.path("changes")) {
      List<Error> errors = validator.validate(c);
      assertEquals(List.of(), errors, c.path("address").asString());
    }
  }

  private static void described(String doc, String field, List<String> missing) {
    if (!doc.contains("`" + field + "`")) {
      missing.add(field);
    }
  }

  private static JsonNode schema() throws IOException {
    return PlanJson.JSON.readTree(Files.readString(Path.of("schemas/plan-v1.schema.json")));
  }
}
