package dev.tiac.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiac.sandbox.http.Route;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class OpenApiRouteTableTest {
  @TempDir Path dir;

  @Test
  void everyServedRouteIsDocumentedAndEveryDocumentedRouteIsServed() throws IOException {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false))) {
      assertEquals(documented("apex-central.yaml"), served(new dev.tiac.sandbox.apexcentral.ApexCentralService(sandbox.world(),
          sandbox.console(), dev.tiac.sandbox.tenant.TenantData.inMemory(dev.tiac.sandbox.tenant.TenantSnapshot.EMPTY),
          java.time.Clock.systemUTC(), sandbox.faults(), sandbox.counters(), sandbox.writes()).routes()));
      assertEquals(documented("cloud-app-security.yaml"), served(new dev.tiac.sandbox.cas.CasService(sandbox.world(),
          () -> sandbox.console().state().cas(), dev.tiac.sandbox.tenant.TenantData.inMemory(dev.tiac.sandbox.tenant.TenantSnapshot.EMPTY),
          java.time.Clock.systemUTC(), sandbox.casRateLimiter(), false, sandbox.faults(), sandbox.counters(), sandbox.writes(),
          () -> sandbox.console().state().clp()).routes()));
      assertEquals(documented("sandbox-management.yaml"), served(sandbox.managementApi().routes()));
    }
  }

  private static Set<String> served(List<Route> routes) {
    Set<String> keys = new TreeSet<>();
    routes.forEach(r -> keys.add(r.key()));
    return keys;
  }

  private static Set<String> documented(String file) throws IOException {
    JsonNode doc = YAMLMapper.builder().build().readTree(Files.readString(Path.of("schemas/openapi", file)));
    Set<String> keys = new TreeSet<>();
    doc.path("paths").properties().forEach(p -> p.getValue().properties()
        .forEach(op -> keys.add(op.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey())));
    return keys;
  }
}
