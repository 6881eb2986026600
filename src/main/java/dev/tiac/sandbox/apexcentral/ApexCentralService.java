package dev.tiac.sandbox.apexcentral;

import dev.tiac.sandbox.console.Console;
import dev.tiac.sandbox.http.Constraint;
import dev.tiac.sandbox.http.DocumentedRoute;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The simulated Apex Central Automation API: routes, then JWT auth, faults and counters around them, the write tap inside. */
public final class ApexCentralService {
  public static final String SERVICE = "apex-central";
  /** The Endpoint Sensor envelope searches and reads through PUT and POST; it changes no setting. */
  private static final Set<String> READS = Set.of("PUT /WebApp/OSCE_iES/OsceIes/ApiEntry", "POST /WebApp/OSCE_iES/OsceIes/ApiEntry");
  private final Router router;
  private final Handler handler;
  private final List<EndpointSensor.Operation> operations;

  public ApexCentralService(World world, Console console, TenantData data, Clock clock, FaultInjector faults, RequestCounters counters,
      WriteTap writes) {
    Tenant tenant = new Tenant(world, console, data);
    ProductAgents agents = new ProductAgents(tenant);
    ProductServers servers = new ProductServers(tenant);
    SuspiciousObjects udso = new SuspiciousObjects(tenant);
    EndpointSensor es = new EndpointSensor(tenant, new QuickScans(tenant, clock));
    this.router = new Router(List.of(
        Route.get("/WebApp/API/AgentResource/ProductAgents", agents::list).with(ProductAgents.QUERY).wire("apex-productagents.json"),
        Route.post("/WebApp/API/AgentResource/ProductAgents", agents::act).with(ProductAgents.ACTION),
        Route.get("/WebApp/API/ServerResource/ProductServers", servers::list).with(ProductAgents.QUERY).wire("apex-productservers.json"),
        Route.get("/WebApp/api/SuspiciousObjects/UserDefinedSO", udso::list).with(SuspiciousObjects.LIST),
        Route.put("/WebApp/api/SuspiciousObjects/UserDefinedSO", udso::add).with(SuspiciousObjects.ADD),
        Route.delete("/WebApp/api/SuspiciousObjects/UserDefinedSO", udso::delete).with(SuspiciousObjects.DELETE),
        Route.put(EndpointSensor.ENTRY, es::handle).with(EndpointSensor.ENVELOPE),
        Route.post(EndpointSensor.ENTRY, es::handle).with(EndpointSensor.ENVELOPE)),
        true,
        (request, status) -> status == 405
            ? Envelopes.error(Family.of(request.rawPath()), 405, 23, "HTTP method not supported")
            : Envelopes.error(Family.of(request.rawPath()), 404, 1, "Action not supported"),
        ApexRules::refuse);
    this.operations = es.operations();
    JwtVerifier jwt = new JwtVerifier(() -> console.state().automationApps(), clock);
    this.handler = Filter.chain(router,
        counters.filter(SERVICE, router),
        // Apex Central documents no rate limit: an injected 429 is the sandbox's own and names no Retry-After.
        faults.filter(SERVICE, router, Set.of(), false, (request, status) -> Envelopes.error(Family.of(request.rawPath()), status,
            status == 429 ? 9 : 99, status == 503 ? "Service unavailable" : "Internal server error")),
        jwt.filter(),
        writes.filter(SERVICE, router, READS),
        faults.lostAnswers(SERVICE, router, READS));
  }

  public Handler handler() {
    return handler;
  }

  public List<Route> routes() {
    return router.routes();
  }

  /**
   * Every documented route, served or not, with its rules: the Endpoint Sensor path once per
   * operation (its envelope rules first), then the documented routes the sandbox does not serve.
   */
  public List<DocumentedRoute> documented() {
    List<DocumentedRoute> out = new ArrayList<>();
    for (Route r : router.routes()) {
      if (!r.template().equals(EndpointSensor.ENTRY)) {
        out.add(DocumentedRoute.of(SERVICE, r));
      } else if (r.method().equals("PUT")) {
        List<String> envelope = r.constraints().stream().map(Constraint::description).toList();
        for (EndpointSensor.Operation op : operations) {
          List<String> rules = new ArrayList<>(envelope);
          op.rules().forEach(c -> rules.add(c.description()));
          out.add(new DocumentedRoute(SERVICE, op.method(), r.template(), op.url(), op.handler().isPresent(),
              op.handler().isPresent() ? rules : List.of(), op.wire()));
        }
      }
    }
    out.add(DocumentedRoute.unserved(SERVICE, "PUT", "/WebApp/API/SuspiciousObjectResource/FileUDSO", ""));
    out.add(DocumentedRoute.unserved(SERVICE, "GET", "/WebApp/api/v1/logs/{log_type}", ""));
    return out;
  }
}
