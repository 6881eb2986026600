package dev.tiac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.config.schema.SchemaReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README and docs/format.md say what the schema says; regenerate them with tiac schema --markdown. */
class DocumentationTest {
  @Test
  void readmeFormatSectionIsGeneratedFromTheSchema() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String begin = "<!-- format:begin -->\n";
    int start = readme.indexOf(begin) + begin.length();
    int end = readme.indexOf("<!-- format:end -->");
    assertTrue(start > begin.length() && end > start, "README lacks the format markers");
    assertEquals(SchemaReference.markdown(2), readme.substring(start, end), "run: tiac schema --markdown --depth 2 and paste it between the markers");
  }

  @Test
  void formatReferenceIsGeneratedFromTheSchema() throws IOException {
    String doc = Files.readString(Path.of("docs/format.md"));
    assertTrue(doc.endsWith(SchemaReference.markdown()), "regenerate docs/format.md with tiac schema --markdown");
  }

  @Test
  void readmeShowsTheTwoCommands() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    assertTrue(readme.contains("./mvnw -B verify"));
    assertTrue(readme.contains("./tiac "));
  }

  @Test
  void everySchemaPropertyHasADescription() {
    assertEquals("", undocumented(dev.tiac.config.schema.TiacSchema.get().tree(), ""));
  }

  private static String undocumented(tools.jackson.databind.JsonNode node, String path) {
    StringBuilder missing = new StringBuilder();
    var properties = node.get("properties");
    if (properties != null) {
      for (var e : properties.properties()) {
        var definition = e.getValue();
        boolean described = definition.has("description")
            || (definition.has("$ref") && dev.tiac.config.schema.TiacSchema.get().deref(definition).has("description"));
        if (!described) {
          missing.append(path).append('/').append(e.getKey()).append(' ');
        }
        missing.append(undocumented(definition, path + "/" + e.getKey()));
      }
    }
    for (String nested : new String[] {"items", "$defs"}) {
      var child = node.get(nested);
      if (child != null && child.isObject()) {
        if (nested.equals("$defs")) {
          child.properties().forEach(d -> missing.append(undocumented(d.getValue(), path + "/$defs/" + d.getKey())));
        } else {
          missing.append(undocumented(child, path + "[]"));
        }
      }
    }
    return missing.toString();
  }
}
