package dev.tiac.sandbox;

import dev.tiac.sandbox.console.ConsoleState;
import dev.tiac.sandbox.tenant.TenantSnapshot;
import java.util.Optional;

/**
 * {@code .tiac/sandbox/state.json}: enough to rebuild the same tenant. The world is regenerated from
 * seed, scale or fixtures with times relative to the start; console state and API changes are kept.
 */
record PersistedState(int version, long seed, String scale, Optional<String> fixtures, String directoryPassword,
    ConsoleState console, TenantSnapshot tenant) {
  static final int VERSION = 1;

  PersistedState withConsole(ConsoleState c) {
    return new PersistedState(version, seed, scale, fixtures, directoryPassword, c, tenant);
  }

  PersistedState withTenant(TenantSnapshot t) {
    return new PersistedState(version, seed, scale, fixtures, directoryPassword, console, t);
  }

  @Override
  public String toString() {
    return "PersistedState[seed=" + seed + ", scale=" + scale + "]";
  }
}
