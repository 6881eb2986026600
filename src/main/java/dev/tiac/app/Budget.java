package dev.tiac.app;

import dev.tiac.contract.ApiCost;
import dev.tiac.providers.ApplyCalls;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan states its API cost before it runs; a run that would take more than the allowed share
 * of a rate-limited service's budget does not start (Cloud App Security: 20 calls a minute per
 * token, shared with Apex Central's own correlation and any other integration on that token). The
 * refresh is checked before it reads anything, the refresh and apply together once the changes
 * are known: plan warns, apply refuses.
 */
final class Budget {
  /** Published per-minute limits; a service without one is never refused. */
  static final Map<String, Integer> PER_MINUTE = Map.of(ApplyCalls.CAS, 20);

  private Budget() {}

  /** Refuses a refresh that alone would go over the share. */
  static void checkRefresh(List<ApiCost> refresh, int sharePercent) {
    overrun(refresh, sharePercent).ifPresent(message -> {
      throw new IllegalStateException(message);
    });
  }

  /** A service's limit, or the limit of the service a token of it belongs to. */
  private static Integer limitOf(String service) {
    int token = service.indexOf(ApplyCalls.TOKEN_OF);
    return PER_MINUTE.get(token < 0 ? service : service.substring(0, token));
  }

  /** Why the run's calls (refresh and apply) go over the share of a service's limit, if they do. */
  static Optional<String> overrun(List<ApiCost> cost, int sharePercent) {
    for (ApiCost c : cost) {
      Integer limit = limitOf(c.service());
      if (limit == null) {
        continue;
      }
      int allowed = Math.max(1, limit * sharePercent / 100);
      if (c.calls() > allowed) {
        return Optional.of("this run would make " + c.calls() + " " + c.service() + " calls (" + c.refresh() + " to refresh, "
            + c.apply() + " to apply), over " + sharePercent + "% of its limit of " + limit + " a minute per token ("
            + allowed + " calls); raise --max-api-share or split the file");
      }
    }
    return Optional.empty();
  }
}
