package dev.tiac.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.config.ConfigLoader;
import dev.tiac.config.LoadedConfig;
import dev.tiac.contract.Address;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** An export is written by the YAML emitter: whatever text a console holds loads back as the same text. */
class ExportWriterTest {
  @TempDir Path dir;

  @Test
  void notesYamlWouldReadAsSomethingElseRoundTrip() throws IOException {
    List<String> notes = List.of("@acme campaign", "- seen twice", "true", "key: value # not a comment", "[x]", "line\nbreak", "2027-06-30");
    List<LiveResource> objects = new ArrayList<>();
    for (int i = 0; i < notes.size(); i++) {
      String host = "h" + i + ".example";
      objects.add(LiveResource.of(Address.of(ResourceKind.SUSPICIOUS_OBJECT, "domain:" + host), Map.of("type", Value.text("domain"),
          "value", Value.text(host), "scanAction", Value.text("log"), "notes", Value.text(notes.get(i)))));
    }
    String yaml = ExportWriter.write(new LiveTenant(Map.of(ResourceKind.SUSPICIOUS_OBJECT, objects), Set.of()), "exported", Optional.empty());
    Path file = dir.resolve("exported.yaml");
    Files.writeString(file, yaml);
    LoadedConfig loaded = new ConfigLoader().load(List.of(file));
    JsonNode read = loaded.document().tree().path("apexCentral").path("suspiciousObjects");
    List<String> back = new ArrayList<>();
    read.forEach(o -> back.add(o.path("notes").asString()));
    assertEquals(notes, back, yaml);
  }

  @Test
  void typedAttributesAreWrittenAsTheirYamlTypes() {
    Address policy = Address.of(ResourceKind.APEXONE_POLICY, "Endpoint Sensor - Windows");
    LiveResource live = LiveResource.of(policy, Map.of("targets", Value.map(Map.of("operatingSystems", Value.set(List.of("WIN_11", "WIN_10")),
        "type", Value.text("filtered"))), "windowsDesktop", Value.TRUE, "windowsServer", Value.FALSE, "endpointSensor", Value.TRUE,
        "deploy", Value.TRUE, "priority", Value.number(1)));
    String yaml = ExportWriter.write(new LiveTenant(Map.of(ResourceKind.APEXONE_POLICY, List.of(live)), Set.of()), "x", Optional.empty());
    assertTrue(yaml.contains("      targets:\n        type: filtered\n        operatingSystems: [WIN_10, WIN_11]\n"), yaml);
    assertTrue(yaml.contains("        windowsServer: false\n"), yaml);
  }
}
