package dev.tiac.providers.apexone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.tiac.providers.SandboxClients;
import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentInventoryTest {
  @TempDir Path dir;

  @Test
  void joinsEverySensorWithItsProductAgentAndReadsOnce() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false))) {
      AgentInventory inventory = new AgentInventory(new SandboxClients(sandbox.endpoints()).apexCentral());
      List<Endpoint> endpoints = inventory.get();
      assertEquals(sandbox.world().endpoints().size(), endpoints.size());
      // Domain and folder come from ProductAgents, read alongside ShowAgentList's pages.
      assertFalse(endpoints.stream().allMatch(e -> e.adDomain().isEmpty()), "no endpoint got its product agent");
      var before = sandbox.counters().snapshot();
      assertSame(endpoints, inventory.get());
      assertEquals(before, sandbox.counters().snapshot(), "a second get read the services again");
    }
  }
}
