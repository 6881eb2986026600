package dev.tiac.query.plan;

import dev.tiac.query.Query;
import dev.tiac.query.source.Service;
import java.time.Duration;
import java.util.List;

/** A query's scope and cost, stated before it runs. */
public record QueryPlan(Query query, String mailboxes, String endpoints, List<String> sweepFilters,
    List<PlannedCall> calls) {
  public QueryPlan {
    sweepFilters = List.copyOf(sweepFilters);
    calls = List.copyOf(calls);
  }

  public int atLeast(Service service) {
    return calls.stream().filter(c -> c.service() == service).mapToInt(PlannedCall::atLeast).sum();
  }

  /** At 20 requests a minute, the least time {@code requests} CAS requests take. */
  public static Duration casTime(int requests) {
    return Duration.ofMinutes(Math.max(0, (requests - 1) / 20));
  }
}
