package dev.tiac.sandbox.apexcentral;

import dev.tiac.sandbox.console.Console;
import dev.tiac.sandbox.http.FaultInjector;
import dev.tiac.sandbox.http.Filter;
import dev.tiac.sandbox.http.Handler;
import dev.tiac.sandbox.http.RequestCounters;
import dev.tiac.sandbox.http.Route;
import dev.tiac.sandbox.http.Router;
import dev.tiac.sandbox.http.WriteTap;
import dev.tiac.sandbox.tenant.TenantData;
import dev.tiac.sandbox.world.World;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** The simulated Apex Central Automation API: routes, then JWT auth, faults and counters around them, the write tap inside. */
public final class ApexCentralService {
  public static final String SERVICE = "apex-central";
  private final Router router;
  private final Handler handler;

  public ApexCentralService(World world, Console console, TenantData data, Clock clock, FaultInjector faults, RequestCounters counters,
      WriteTap writes) {
    Tenant tenant = new Tenant(world, console, data);
    ProductAgents agents = new ProductAgents(tenant);
    ProductServers servers = new ProductServers(tenant);
    SuspiciousObjects udso = new SuspiciousObjects(tenant);
    EndpointSensor es = new EndpointSensor(tenant, new QuickScans(tenant, clock));
    this.router = new Router(List.of(
        Route.get("/WebApp/API/AgentResource/ProductAgents", agents::list),
        Route.post("/WebApp/API/AgentResource/ProductAgents", agents::act),
        Route.get("/WebApp/API/ServerResource/ProductServers", servers::list),
        Route.get("/WebApp/api/SuspiciousObjects/UserDefinedSO", udso::list),
        Route.put("/WebApp/api/SuspiciousObjects/UserDefinedSO", udso::add),
        Route.delete("/WebApp/api/SuspiciousObjects/UserDefinedSO", udso::delete),
        Route.put("/WebApp/OSCE_iES/OsceIes/ApiEntry", es::handle),
        Route.post("/WebApp/OSCE_iES/OsceIes/ApiEntry", es::handle)),
        true,
        (request, status) -> status == 405
            ? Envelopes.error(Family.of(request.rawPath()), 405, 23, "HTTP method not supported")
            : Envelopes.error(Family.of(request.rawPath()), 404, 1, "Action not supported"));
    JwtVerifier jwt = new JwtVerifier(() -> console.state().automationApps(), clock);
    this.handler = Filter.chain(router,
        counters.filter(SERVICE, router),
        faults.filter((request, status) -> Envelopes.error(Family.of(request.rawPath()), status,
            status == 429 ? 9 : 99, status == 503 ? "Service unavailable" : "Internal server error")),
        jwt.filter(),
        // The Endpoint Sensor envelope searches and reads through PUT and POST; it changes no setting.
        writes.filter(SERVICE, router, Set.of("PUT /WebApp/OSCE_iES/OsceIes/ApiEntry", "POST /WebApp/OSCE_iES/OsceIes/ApiEntry")));
  }

  public Handler handler() {
    return handler;
  }

  public List<Route> routes() {
    return router.routes();
  }
}
