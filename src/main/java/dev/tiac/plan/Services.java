package dev.tiac.plan;

import dev.tiac.contract.ApiCost;
import dev.tiac.contract.Change;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.spi.Checker;
import dev.tiac.contract.spi.Conclusions;
import dev.tiac.contract.spi.ResourceType;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What a run can reach: the kinds it can read, the checks it can make, how it handles each kind
 * (decided by the run's wiring), the API calls a refresh costs per service (known before it
 * runs), the calls apply would make for a plan's changes, and the conclusions drawn from a whole
 * plan (the correlation readiness). The apply estimate is handed in, since the providers own what
 * each kind's calls are and the planner may not depend on them.
 */
public record Services(
    List<ResourceType> types,
    List<Checker> checkers,
    Function<ResourceKind, KindHandling> handling,
    List<ApiCost> refreshCost,
    UnaryOperator<List<Change>> reach,
    Conclusions conclusions,
    Function<List<Change>, List<ApiCost>> applyCost) {
  public Services {
    types = List.copyOf(types);
    checkers = List.copyOf(checkers);
    refreshCost = List.copyOf(refreshCost);
  }

  public KindHandling handling(ResourceKind kind) {
    return handling.apply(kind);
  }
}
