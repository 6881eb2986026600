package dev.tiac.sandbox.console;

import java.util.List;
import java.util.Map;

/**
 * Everything an administrator sets in the consoles and no public API exposes, plus the sandbox's own
 * management token. Immutable: {@link Console} swaps whole snapshots.
 */
public record ConsoleState(
    String apexCentralId,
    ClpAccount clp,
    CasConsole cas,
    CloudServiceSettings cloudServices,
    AdSync adSync,
    List<ApexOnePolicy> policies,
    Map<String, String> emailClients,
    List<AutomationApp> automationApps,
    String managementToken) {

  public ConsoleState {
    policies = List.copyOf(policies);
    emailClients = Map.copyOf(emailClients);
    automationApps = List.copyOf(automationApps);
  }

  @Override
  public String toString() {
    return "ConsoleState[" + apexCentralId + "]";
  }
}
