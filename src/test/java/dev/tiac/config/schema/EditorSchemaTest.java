package dev.tiac.config.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * What an editor shows for the samples: yaml-language-server (installed by .ci/run under
 * target/node) opens each file as an editor does, following its modeline to the schema.
 */
class EditorSchemaTest {
  private static final List<String> SAMPLES =
      List.of("samples/acme.yaml", "samples/overlays/production.yaml", "samples/overlays/staging.yaml", "samples/minimal.yaml");

  @TempDir Path dir;

  @Test
  void yamlLanguageServerFindsNoProblemInTheSampleAndItsOverlays() throws Exception {
    JsonNode problems = problems(SAMPLES.toArray(String[]::new));
    for (String file : SAMPLES) {
      assertTrue(problems.has(file), "the server published problems for " + file + ": " + problems);
      assertEquals(0, problems.path(file).size(), file + ": " + problems.path(file));
    }
  }

  /** The control: the same server does report problems, in a wrong overlay and in one checked against the full schema. */
  @Test
  void yamlLanguageServerReportsAWrongValueAndTheFullSchemaWouldMisjudgeAnOverlay() throws Exception {
    Path overlays = Files.createDirectories(dir.resolve("samples/overlays"));
    Path schemas = Files.createDirectories(dir.resolve("schemas"));
    for (String schema : List.of("tiac-v1.schema.json", OverlaySchema.FILE_NAME)) {
      Files.copy(Path.of("schemas", schema), schemas.resolve(schema));
    }
    Path overlay = overlays.resolve("production.yaml");
    Files.writeString(overlay, Files.readString(Path.of("samples/overlays/production.yaml")).replace(OverlaySchema.FILE_NAME, "tiac-v1.schema.json"));
    Path wrong = overlays.resolve("wrong.yaml");
    Files.writeString(wrong, "# yaml-language-server: $schema=../../schemas/" + OverlaySchema.FILE_NAME + "\nlicences:\n  - product: cloudAppSecurity\n"
        + "    warnDaysBeforeExpiry: soon\n");
    JsonNode problems = problems(overlay.toString(), wrong.toString());
    assertTrue(problems.path(overlay.toString()).size() >= 5, "the base's required fields are missing from an overlay: " + problems);
    assertEquals(1, problems.path(wrong.toString()).size(), problems.toString());
    assertEquals(4, problems.path(wrong.toString()).get(0).path("line").asInt(), problems.toString());
  }

  @Test
  void theOverlaySchemaFileIsTheDerivedOneAndRequiresNothing() throws IOException {
    String file = Files.readString(Path.of("schemas", OverlaySchema.FILE_NAME));
    assertEquals(OverlaySchema.text(), file, "regenerate it: tiac schema --overlay > schemas/" + OverlaySchema.FILE_NAME);
    assertFalse(file.contains("\"required\""), "an overlay requires nothing");
    for (Path overlay : List.of(Path.of("samples/overlays/production.yaml"), Path.of("samples/overlays/staging.yaml"))) {
      assertTrue(Files.readString(overlay).startsWith("# yaml-language-server: $schema=../../schemas/" + OverlaySchema.FILE_NAME + "\n"), overlay.toString());
    }
  }

  /** Completing a field in an editor inserts its default: every opt-in false, every default the description names. */
  @Test
  void defaultsAreDeclaredWhereTheFormatHasThem() {
    JsonNode tree = TiacSchema.get().tree();
    assertEquals(30, tree.at("/properties/licences/items/properties/warnDaysBeforeExpiry/default").asInt());
    assertEquals(20, tree.at("/properties/connections/properties/cloudAppSecurity/properties/requestsPerMinute/default").asInt());
    List<String> missing = new ArrayList<>();
    walk(tree, "", missing);
    assertEquals(List.of(), missing, "fields whose description names a default, or opt-ins, without a \"default\"");
  }

  private static void walk(JsonNode node, String pointer, List<String> missing) {
    if (node.isObject()) {
      node.path("properties").properties().forEach(e -> {
        JsonNode field = e.getValue();
        String description = field.path("description").asString("");
        boolean namesDefault = description.contains("(default ") || description.contains("(default:") && !description.contains("no limit");
        if ((e.getKey().startsWith("allow") || namesDefault) && !field.has("default")) {
          missing.add(pointer + "/properties/" + e.getKey());
        }
      });
      node.properties().forEach(e -> walk(e.getValue(), pointer + "/" + e.getKey(), missing));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, missing);
      }
    }
  }

  private static JsonNode problems(String... files) throws Exception {
    return YamlLanguageServer.problems(java.util.Map.of(), files);
  }
}
