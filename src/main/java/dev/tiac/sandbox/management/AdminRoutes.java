package dev.tiac.sandbox.management;

import dev.tiac.sandbox.http.FaultInjector;
import dev.tiac.sandbox.http.Faults;
import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.RequestCounters;
import dev.tiac.sandbox.http.Route;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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
          faults.set(parse(Json.parse(r.bodyText())));
          return ConsoleRoutes.ok(view(faults.faults()));
        }));
  }

  /** Omitted fields take the defaults of {@code new Faults(latency, rate, seed)}. */
  private static Faults parse(JsonNode b) {
    Faults f = new Faults(Duration.ofMillis(b.path("latency_ms").asLong(0)), b.path("rate").asDouble(0), b.path("seed").asLong(1))
        .withLostAnswers(b.path("lost_answer_rate").asDouble(0)).withHang(b.path("hang_rate").asDouble(0));
    if (b.path("kinds").isArray()) {
      Set<Faults.Kind> kinds = new HashSet<>();
      b.path("kinds").forEach(k -> kinds.add(Faults.Kind.parse(k.asString(""))));
      f = f.withKinds(kinds);
    }
    if (b.path("services").isArray()) {
      Set<String> services = new HashSet<>();
      b.path("services").forEach(s -> services.add(s.asString("")));
      f = f.withServices(services);
    }
    return f;
  }

  private static JsonNode view(Faults f) {
    ObjectNode n = Json.object().put("latency_ms", f.latency().toMillis()).put("rate", f.rate()).put("seed", f.seed());
    ArrayNode kinds = n.putArray("kinds");
    f.kinds().stream().sorted().forEach(k -> kinds.add(k.wire()));
    n.put("lost_answer_rate", f.lostAnswerRate()).put("hang_rate", f.hangRate());
    ArrayNode services = n.putArray("services");
    f.services().stream().sorted().forEach(services::add);
    return n;
  }
}
