package dev.tiac.plan;

import dev.tiac.contract.KindHandling;
import dev.tiac.providers.Checker;
import dev.tiac.providers.ResourceType;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What a run can reach: the kinds it can read, the checks it can make, how it handles each kind
 * (decided by the run's wiring), the API calls a refresh costs per service (known before it runs)
 * and those an apply of some changes would cost, and the conclusions drawn from a whole plan (the
 * correlation readiness).
 */
public record Services(
    List<ResourceType> types,
    List<Checker> checkers,
    Function<ResourceKind, KindHandling> handling,
    List<Plan.ApiCost> refreshCost,
    Function<List<Change>, List<Plan.ApiCost>> applyCost,
    UnaryOperator<List<Change>> reach,
    Conclusions conclusions) {
  public Services {
    types = List.copyOf(types);
    checkers = List.copyOf(checkers);
    refreshCost = List.copyOf(refreshCost);
  }

  public KindHandling handling(ResourceKind kind) {
    return handling.apply(kind);
  }
}
