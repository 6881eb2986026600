package dev.tiac.plan;

import dev.tiac.config.model.Connections.ConsoleDriver;
import dev.tiac.contract.ApiCost;
import dev.tiac.contract.Change;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.spi.Checker;
import dev.tiac.contract.spi.Conclusions;
import dev.tiac.contract.spi.KindRegistry;
import dev.tiac.contract.spi.ResourceType;
import java.util.List;
import java.util.Map;

/**
 * What a run can reach: the kinds it can read, the checks it can make, the console driver of each
 * console kind, the API calls a refresh costs per service (known before it runs), the calls
 * apply would make for a plan's changes, and the conclusions drawn from a whole plan (the
 * correlation readiness), and every kind's definition. The apply estimate and the definitions are
 * handed in, since the providers own what each kind is and the planner may not depend on them.
 */
public record Services(
    List<ResourceType> types,
    List<Checker> checkers,
    Map<ResourceKind, ConsoleDriver> drivers,
    List<ApiCost> refreshCost,
    java.util.function.UnaryOperator<List<Change>> reach,
    Conclusions conclusions,
    java.util.function.Function<List<Change>, List<ApiCost>> applyCost,
    KindRegistry kinds) {
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
