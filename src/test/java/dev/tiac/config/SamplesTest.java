package dev.tiac.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.providers.Kinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SamplesTest {
  @ParameterizedTest
  @ValueSource(strings = {"samples/acme.yaml", "samples/minimal.yaml"})
  void everySampleValidatesWithoutWarnings(String sample) {
    LoadedConfig config = new ConfigLoader(Kinds.registry().declarations()).load(List.of(Path.of(sample)));
    assertEquals(List.of(), config.warnings());
  }

  @ParameterizedTest
  @ValueSource(strings = {"samples/overlays/staging.yaml", "samples/overlays/production.yaml"})
  void everyOverlayValidatesOnTheBase(String overlay) {
    LoadedConfig config = new ConfigLoader(Kinds.registry().declarations()).load(List.of(Path.of("samples/acme.yaml"), Path.of(overlay)));
    assertEquals(List.of(), config.warnings());
  }

  @Test
  void acmeCoversEverySectionOfTheFormat() {
    LoadedConfig config = new ConfigLoader(Kinds.registry().declarations()).load(List.of(Path.of("samples/acme.yaml")));
    var state = config.state();
    assertTrue(state.connections().orElseThrow().apexCentral().isPresent());
    assertTrue(state.connections().orElseThrow().cloudAppSecurity().isPresent());
    assertTrue(state.connections().orElseThrow().licensingPortal().isPresent());
    assertTrue(state.connections().orElseThrow().activeDirectory().isPresent());
    assertEquals(2, state.licences().size());
    assertEquals(2, state.cloudAppSecurity().orElseThrow().policies().size());
    assertEquals(2, state.cloudAppSecurity().orElseThrow().tokens().size());
    assertTrue(state.apexCentral().orElseThrow().activeDirectorySync().orElseThrow().syncTool().isPresent());
    assertEquals(3, state.apexCentral().orElseThrow().suspiciousObjects().size());
    assertEquals(2, state.apexOne().orElseThrow().policies().size());
    assertTrue(state.apexOne().orElseThrow().emailClient().isPresent());
    assertEquals(3, state.investigations().size());
  }

  @Test
  void everySampleCarriesTheSchemaModeline() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("samples"))) {
      // samples/fixtures holds sandbox fixtures for investigation tests, not desired-state files;
      // samples/fleet/kubernetes holds Kubernetes manifests
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml") && !p.startsWith(Path.of("samples", "fixtures"))
          && !p.startsWith(Path.of("samples", "fleet", "kubernetes"))).toList()) {
        String first = Files.readAllLines(file).get(0);
        // Overlays state only what differs, so they name the schema that requires nothing.
        String schema = file.startsWith(Path.of("samples", "overlays")) ? "schemas/tiac-v1-overlay.schema.json" : "schemas/tiac-v1.schema.json";
        assertTrue(first.startsWith("# yaml-language-server: $schema=") && first.endsWith(schema), file + ": " + first);
      }
    }
  }
}
