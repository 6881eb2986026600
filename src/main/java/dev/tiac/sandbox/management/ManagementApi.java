package dev.tiac.sandbox.management;

import dev.tiac.sandbox.console.Console;
import dev.tiac.sandbox.http.FaultInjector;
import dev.tiac.sandbox.http.Filter;
import dev.tiac.sandbox.http.Handler;
import dev.tiac.sandbox.http.RequestCounters;
import dev.tiac.sandbox.http.Route;
import dev.tiac.sandbox.http.Router;
import dev.tiac.sandbox.http.WriteTap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sandbox management API (schemas/openapi/sandbox-management.yaml): the console-only state as
 * REST resources plus the admin counters and faults, behind the sandbox's own bearer token.
 */
public final class ManagementApi {
  private final Router router;
  private final Handler handler;

  public static final String SERVICE = "management";

  public ManagementApi(Console console, RequestCounters counters, FaultInjector faults, WriteTap writes) {
    List<Route> routes = new ArrayList<>();
    for (Route r : new ConsoleRoutes(console).routes()) {
      routes.add(new Route(r.method(), r.template(), ManagementErrors.guarded(r.handler())));
    }
    Set<String> admin = new HashSet<>();
    for (Route r : new AdminRoutes(counters, faults).routes()) {
      routes.add(new Route(r.method(), r.template(), ManagementErrors.guarded(r.handler())));
      admin.add(r.key());
    }
    this.router = new Router(routes, false, (request, status) -> ManagementErrors.error(status, status == 405 ? "Method not allowed" : "API not found"),
        (request, message) -> ManagementErrors.error(400, message));
    byte[] token = console.state().managementToken().getBytes(StandardCharsets.UTF_8);
    Filter auth = next -> request -> {
      String given = request.header("Authorization").orElse("");
      boolean ok = given.regionMatches(true, 0, "Bearer ", 0, 7)
          && MessageDigest.isEqual(token, given.substring(7).trim().getBytes(StandardCharsets.UTF_8));
      return ok ? next.handle(request) : ManagementErrors.error(401, "Authentication token not found");
    };
    // The admin routes tune the sandbox itself (faults, counters): they are not the tenant's writes.
    // Faults reach the console routes only when the faults name this service, and never the admin routes.
    // Not counted: the counters measure what tiac asks of the Trend Micro services.
    this.handler = Filter.chain(router,
        faults.filter(SERVICE, router, admin, false, (request, status) -> ManagementErrors.error(status,
            status == 503 ? "Service temporarily unavailable" : status == 429 ? "Too many requests" : "Internal server error")),
        auth, writes.filter(SERVICE, router, admin), faults.lostAnswers(SERVICE, router, admin));
  }

  /** The authenticated chain, also used in process by {@code tiac sandbox console} when no server runs. */
  public Handler handler() {
    return handler;
  }

  public List<Route> routes() {
    return router.routes();
  }
}
