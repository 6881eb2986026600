package dev.tiac.config.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tiac.config.load.TreeReader;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The SchemaStore catalog entries in schemas/schemastore-catalog.json, ready to be listed: in the
 * catalog's shape, pointing at the schemas' own ids, with the file-name patterns docs/format.md
 * documents; and an editor that reads the catalog checks a file by its name alone.
 */
class SchemaStoreCatalogTest {
  private static final Path CATALOG = Path.of("schemas/schemastore-catalog.json");

  /** SchemaStore's rules for a catalog file and its entries, as its schema-catalog.json states them. */
  private static final String CATALOG_SHAPE = """
      {
        "type": "object", "additionalProperties": false, "required": ["$schema", "version", "schemas"],
        "properties": {
          "$schema": {"const": "https://json.schemastore.org/schema-catalog.json"},
          "version": {"type": "number"},
          "schemas": {"type": "array", "items": {
            "type": "object", "additionalProperties": false, "required": ["name", "description", "url"],
            "properties": {
              "name": {"type": "string", "minLength": 1},
              "description": {"type": "string", "minLength": 1},
              "fileMatch": {"type": "array", "uniqueItems": true, "items": {"type": "string"}},
              "url": {"type": "string", "format": "uri", "pattern": "^https://"},
              "versions": {"type": "object", "additionalProperties": {"type": "string", "format": "uri", "pattern": "^https://"}}
            }
          }}
        }
      }
      """;

  @StartStop final MockWebServer web = new MockWebServer();
  @TempDir Path dir;

  @Test
  void theEntriesHaveTheCatalogsShapeAndPointAtTheSchemasIds() throws Exception {
    JsonNode catalog = TreeReader.readJson(Files.readString(CATALOG));
    Schema shape = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(TreeReader.readJson(CATALOG_SHAPE));
    assertEquals(List.of(), shape.validate(catalog));
    JsonNode full = catalog.path("schemas").get(0);
    JsonNode overlay = catalog.path("schemas").get(1);
    assertEquals(TiacSchema.get().tree().path("$id").asString(), full.path("url").asString());
    assertEquals(TreeReader.readJson(Files.readString(Path.of("schemas", OverlaySchema.FILE_NAME))).path("$id").asString(), overlay.path("url").asString());
    String format = Files.readString(Path.of("docs/format.md"));
    assertTrue(format.contains("`" + CATALOG + "`"), "docs/format.md names the catalog file");
    for (JsonNode entry : List.of(full, overlay)) {
      entry.path("fileMatch").forEach(glob -> assertTrue(format.contains("`" + glob.asString() + "`"), "docs/format.md documents " + glob));
    }
    assertTrue(matches(full, "acme.tiac.yaml") && matches(full, "acme.tiac.yml"));
    assertTrue(matches(overlay, "production.tiac-overlay.yaml") && matches(overlay, "staging.tiac-overlay.yml"));
    assertFalse(matches(full, "production.tiac-overlay.yaml") || matches(overlay, "acme.tiac.yaml"), "each file matches one schema");
    assertFalse(matches(full, "acme.yaml") || matches(full, "docker-compose.yaml"), "other YAML files are left alone");
  }

  /**
   * The catalog served as SchemaStore serves it, its URLs on this test's server: yaml-language-server
   * checks the sample and an overlay named by the patterns, with no modeline, against the right
   * schema; the same overlay named as a full file shows the full schema's problems.
   */
  @Test
  void anEditorThatReadsTheCatalogChecksAFileByItsNameAlone() throws Exception {
    web.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        try {
          String body = path.equals("/catalog.json")
              ? Files.readString(CATALOG).replace("https://tiac.dev/", web.url("/").toString())
              : Files.readString(Path.of(path.substring(1)));
          return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
        } catch (java.io.IOException e) {
          return new MockResponse.Builder().code(404).build();
        }
      }
    });
    Path base = withoutModeline("samples/acme.yaml", "acme.tiac.yaml");
    Path overlay = withoutModeline("samples/overlays/production.yaml", "production.tiac-overlay.yaml");
    Path misnamed = withoutModeline("samples/overlays/production.yaml", "production.tiac.yaml");
    Path wrong = dir.resolve("wrong.tiac-overlay.yml");
    Files.writeString(wrong, "licences:\n  - product: cloudAppSecurity\n    warnDaysBeforeExpiry: soon\n");
    JsonNode problems = YamlLanguageServer.problems(Map.of("SCHEMA_STORE", web.url("/catalog.json").toString()),
        base.toString(), overlay.toString(), misnamed.toString(), wrong.toString());
    assertEquals(0, problems.path(base.toString()).size(), problems.toString());
    assertEquals(0, problems.path(overlay.toString()).size(), problems.toString());
    assertTrue(problems.path(misnamed.toString()).size() >= 5, "the full schema's required fields, missing from an overlay: " + problems);
    assertEquals(1, problems.path(wrong.toString()).size(), "the overlay schema was applied: " + problems);
    List<String> fetched = new ArrayList<>();
    for (int i = web.getRequestCount(); i > 0; i--) {
      fetched.add(web.takeRequest().getUrl().encodedPath());
    }
    assertTrue(fetched.containsAll(List.of("/catalog.json", "/schemas/tiac-v1.schema.json", "/schemas/" + OverlaySchema.FILE_NAME)), fetched.toString());
  }

  private Path withoutModeline(String sample, String name) throws Exception {
    String text = Files.readString(Path.of(sample));
    assertTrue(text.startsWith("# yaml-language-server: "), sample);
    Path file = dir.resolve(name);
    Files.writeString(file, text.substring(text.indexOf('\n') + 1));
    return file;
  }

  private static boolean matches(JsonNode entry, String fileName) {
    for (JsonNode glob : entry.path("fileMatch")) {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob.asString());
      if (matcher.matches(Path.of(fileName))) {
        return true;
      }
    }
    return false;
  }
}
