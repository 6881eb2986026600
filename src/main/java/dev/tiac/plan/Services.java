package dev.tiac.plan;

import dev.tiac.config.model.Connections.ConsoleDriver;
import dev.tiac.providers.Checker;
import dev.tiac.providers.ResourceType;
import java.util.List;
import java.util.Map;

/**
 * What a run can reach: the kinds it can read, the checks it can make, the console driver of each
 * console kind, the API calls a refresh costs per service (known before it runs), and the
 * conclusions drawn from a whole plan (the correlation readiness).
 */
public record Services(
    List<ResourceType> types,
    List<Checker> checkers,
    Map<ResourceKind, ConsoleDriver> drivers,
    List<Plan.ApiCost> refreshCost,
    java.util.function.UnaryOperator<List<Change>> reach,
    Conclusions conclusions) {
  public Services {
    types = List.copyOf(types);
    checkers = List.copyOf(checkers);
    drivers = Map.copyOf(drivers);
    refreshCost = List.copyOf(refreshCost);
  }

  public ConsoleDriver driver(ResourceKind kind) {
    return drivers.getOrDefault(kind, ConsoleDriver.runbook);
  }
}
