package dev.tiac.providers.apexone;

import dev.tiac.contract.Change;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Each Apex One policy change's reach: its targets resolved to the endpoints Apex Central manages.
 * The inventory is read only when the plan changes a policy.
 */
public final class PolicyReach {
  private PolicyReach() {}

  /** The plan's changes with each policy action's reach; the rest as they are. */
  public static UnaryOperator<List<Change>> of(Optional<AgentInventory> inventory, Map<String, Value> policyTargets) {
    return changes -> {
      if (inventory.isEmpty() || changes.stream().noneMatch(PolicyReach::policyAction)) {
        return changes;
      }
      List<Endpoint> endpoints;
      try {
        endpoints = inventory.get().get();
      } catch (RuntimeException e) {
        // Reach is information, not a precondition: without the inventory the plan still stands.
        return changes;
      }
      return changes.stream().map(c -> {
        if (!policyAction(c)) {
          return c;
        }
        Value targets = policyTargets.getOrDefault(c.address().key(), c.attributes().stream()
            .filter(a -> a.name().equals("targets")).findFirst().flatMap(a -> a.before()).orElse(ApexOnePolicyKind.NO_TARGETS));
        int count = TargetMatcher.match(TargetMatcher.Targets.of(targets), endpoints).size();
        return c.withReach(new Change.Reach(count, "endpoints"));
      }).toList();
    };
  }

  private static boolean policyAction(Change c) {
    return c.isAction() && c.address().kind() == ResourceKind.APEXONE_POLICY;
  }
}
