package dev.tiac.sandbox.management;

import dev.tiac.sandbox.http.FaultInjector;
import dev.tiac.sandbox.http.Faults;
import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.RequestCounters;
import dev.tiac.sandbox.http.Route;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Per-route request counters, answer statuses and the fault settings, for tests and benchmarks. */
final class AdminRoutes {
  private final RequestCounters counters;
  private final FaultInjector faults;

  AdminRoutes(RequestCounters counters, FaultInjector faults) {
    this.counters = counters;
    this.faults = faults;
  }

  List<Route> routes() {
    return List.of(
        Route.get("/v1/admin/counters", r -> ConsoleRoutes.ok(Json.tree(counters.snapshot()))),
        Route.get("/v1/admin/statuses", r -> ConsoleRoutes.ok(Json.tree(counters.statuses()))),
        Route.delete("/v1/admin/counters", r -> {
          counters.reset();
          return ConsoleRoutes.ok(Json.object());
        }),
        Route.get("/v1/admin/faults", r -> ConsoleRoutes.ok(view(faults.faults()))),
        Route.put("/v1/admin/faults", r -> {
          JsonNode b = Json.parse(r.bodyText());
          faults.set(new Faults(Duration.ofMillis(b.path("latency_ms").asLong(0)), b.path("rate").asDouble(0), b.path("seed").asLong(1)));
          return ConsoleRoutes.ok(view(faults.faults()));
        }));
  }

  private static JsonNode view(Faults f) {
    return Json.object().put("latency_ms", f.latency().toMillis()).put("rate", f.rate()).put("seed", f.seed());
  }
}
