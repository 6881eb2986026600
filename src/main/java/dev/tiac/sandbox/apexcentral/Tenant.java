package dev.tiac.sandbox.apexcentral;

import dev.tiac.sandbox.console.Console;
import dev.tiac.sandbox.tenant.TenantData;
import dev.tiac.sandbox.world.Endpoint;
import dev.tiac.sandbox.world.World;

/** What the Apex Central routes read and write. */
record Tenant(World world, Console console, TenantData data) {
  /** Apex Central's isolation_status word for an agent. */
  String isolation(Endpoint e) {
    return data.isolation(e.agentGuid()).orElse("normal");
  }

  /** Endpoint Sensor's isolateStatus number: 1 normal, 2 isolated. */
  int isolateStatus(Endpoint e) {
    return isolation(e).equals("isolated") ? 2 : 1;
  }
}
