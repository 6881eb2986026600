package dev.tiac.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * API calls the run makes on one service, against that service's limit: those the refresh
 * reads and those apply would make for this plan's changes (creates, updates, deletes and the
 * reads that follow them; a console step done by hand makes none).
 */
public record ApiCost(String service, int refresh, int apply, String limit) {
  /** A refresh-only cost, before the changes are known. */
  public ApiCost(String service, int refresh, String limit) {
    this(service, refresh, 0, limit);
  }

  public int calls() {
    return refresh + apply;
  }

  /** Each service's refresh calls with its apply calls added; services only apply calls get last. */
  public static List<ApiCost> merge(List<ApiCost> refresh, List<ApiCost> apply) {
    Map<String, ApiCost> byService = new LinkedHashMap<>();
    refresh.forEach(c -> byService.put(c.service(), c));
    for (ApiCost a : apply) {
      byService.merge(a.service(), a, (r, x) -> new ApiCost(r.service(), r.refresh() + x.refresh(), r.apply() + x.apply(), r.limit()));
    }
    return List.copyOf(byService.values());
  }
}
