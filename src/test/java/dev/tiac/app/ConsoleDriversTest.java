package dev.tiac.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiac.config.ConfigLoader;
import dev.tiac.config.model.DesiredState;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.ResourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each connection's console driver is chosen once, and decides how this run handles that connection's kinds only. */
class ConsoleDriversTest {
  @TempDir Path dir;

  private DesiredState file(String casDriver, String apexDriver) throws IOException {
    Path file = dir.resolve("setup.yaml");
    Files.writeString(file, String.join("\n", "apiVersion: tiac.dev/v1", "kind: ThreatInvestigationSetup", "metadata:", "  name: t",
        "connections:",
        "  apexCentral:", "    url: https://apex.example", "    applicationId: app", "    apiKey: ${env:KEY}" + apexDriver,
        "  cloudAppSecurity:", "    region: eu", "    token: ${env:TOKEN}" + casDriver, ""));
    return new ConfigLoader().load(List.of(file)).state();
  }

  private static String driver(String name) {
    return "\n    consoleDriver: " + name;
  }

  @Test
  void aConnectionThatAsksForTheRunbookGetsConsoleStepsForItsOwnKindsOnly() throws IOException {
    ConsoleDrivers drivers = ConsoleDrivers.choose(file(driver("runbook"), ""), true);
    assertEquals(KindHandling.RUNBOOK_STEPS, drivers.handling(ResourceKind.CAS_POLICY));
    assertEquals(KindHandling.RUNBOOK_STEPS, drivers.handling(ResourceKind.CAS_TOKEN));
    // Apex Central's connection says nothing: with a management API, the api driver.
    assertEquals(KindHandling.API_CALLS, drivers.handling(ResourceKind.APEXONE_POLICY));
    assertEquals(KindHandling.API_CALLS, drivers.handling(ResourceKind.AD_SYNC));
  }

  @Test
  void withoutAManagementApiEveryConsoleKindIsRunbookStepsWhateverTheFileAsks() throws IOException {
    ConsoleDrivers drivers = ConsoleDrivers.choose(file(driver("api"), driver("api")), false);
    for (ResourceKind kind : ResourceKind.values()) {
      if (kind.reconciliation() == dev.tiac.contract.Reconciliation.CONSOLE) {
        assertEquals(KindHandling.RUNBOOK_STEPS, drivers.handling(kind), kind.type());
      }
    }
  }

  @Test
  void realApiKindsAndChecksDoNotDependOnAnyDriver() throws IOException {
    for (boolean managed : new boolean[] {true, false}) {
      ConsoleDrivers drivers = ConsoleDrivers.choose(file(driver("runbook"), driver("runbook")), managed);
      assertEquals(KindHandling.API_CALLS, drivers.handling(ResourceKind.SUSPICIOUS_OBJECT));
      assertEquals(KindHandling.API_CALLS, drivers.handling(ResourceKind.CAS_BLOCKED_LISTS));
      assertEquals(KindHandling.CHECK, drivers.handling(ResourceKind.LICENCE));
    }
  }
}
