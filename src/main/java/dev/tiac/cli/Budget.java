package dev.tiac.cli;

import dev.tiac.plan.Plan;
import java.util.List;

/**
 * The plan states its API cost before it runs; a run that would take more than the allowed share
 * of a rate-limited service's budget does not start (Cloud App Security: 20 calls a minute per
 * token, shared with Apex Central's own correlation and any other integration on that token).
 */
final class Budget {
  static final int CAS_PER_MINUTE = 20;

  private Budget() {}

  static void check(List<Plan.ApiCost> cost, int sharePercent) {
    for (Plan.ApiCost c : cost) {
      if (c.service().equals("Cloud App Security")) {
        int allowed = Math.max(1, CAS_PER_MINUTE * sharePercent / 100);
        if (c.calls() > allowed) {
          throw new IllegalStateException("this run would make " + c.calls() + " Cloud App Security calls in its first minute, over "
              + sharePercent + "% of the token's 20 a minute (" + allowed + "); raise --max-api-share or split the file");
        }
      }
    }
  }
}
