package dev.tiac.sandbox.cas;

import dev.tiac.sandbox.console.CasApiType;
import dev.tiac.sandbox.console.CasConsole;
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
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The simulated Cloud App Security API. One route table serves all eight regional sites; each site's
 * chain authenticates against its own region so a token used on the wrong site is not found.
 */
public final class CasService {
  public static final String SERVICE = "cas";
  private final Router router;
  private final TokenAuth auth;
  private final RateLimiter limiter;
  private final FaultInjector faults;
  private final RequestCounters counters;
  private final WriteTap writes;
  private final LicenceGate licence;

  public CasService(World world, Supplier<CasConsole> cas, TenantData data, Clock clock, RateLimiter limiter,
      FaultInjector faults, RequestCounters counters, WriteTap writes, Supplier<dev.tiac.sandbox.console.ClpAccount> clp) {
    Sweeps sweeps = new Sweeps(world, cas, clock);
    SecurityEvents siem = new SecurityEvents(world, cas, clock);
    Mitigations mitigations = new Mitigations(world, data, clock);
    BlockedLists blocked = new BlockedLists(data);
    this.router = new Router(List.of(
        Route.get("/v1/sweeping/mails", sweeps::handle),
        Route.get("/v1/siem/security_events", siem::handle),
        Route.post("/v1/mitigation/mails", mitigations::postMails),
        Route.get("/v1/mitigation/mails", mitigations::getMails),
        Route.post("/v1/mitigation/accounts", mitigations::postAccounts),
        Route.get("/v1/mitigation/accounts", mitigations::getAccounts),
        Route.get("/v1/remediation/mails", blocked::get),
        Route.post("/v1/remediation/mails", blocked::post)),
        false, (request, status) -> CasErrors.error(status, CasErrors.defaultMessage(status)));
    this.auth = new TokenAuth(cas, clock, Map.of(
        "GET /v1/sweeping/mails", CasApiType.THREAT_INVESTIGATION_EMAIL,
        "GET /v1/siem/security_events", CasApiType.LOG_RETRIEVAL,
        "POST /v1/mitigation/mails", CasApiType.THREAT_MITIGATION_EMAIL,
        "GET /v1/mitigation/mails", CasApiType.THREAT_MITIGATION_EMAIL,
        "POST /v1/mitigation/accounts", CasApiType.THREAT_MITIGATION_ACCOUNT,
        "GET /v1/mitigation/accounts", CasApiType.THREAT_MITIGATION_ACCOUNT,
        "GET /v1/remediation/mails", CasApiType.BLOCKED_LISTS,
        "POST /v1/remediation/mails", CasApiType.BLOCKED_LISTS), router);
    this.limiter = limiter;
    this.faults = faults;
    this.counters = counters;
    this.writes = writes;
    this.licence = new LicenceGate(clp, clock);
  }

  /** The chain one regional site serves. */
  public Handler handler(CasRegion region) {
    return Filter.chain(router,
        counters.filter(SERVICE, router),
        faults.filter((request, status) -> CasErrors.error(status, CasErrors.defaultMessage(status))),
        auth.filter(region),
        licence.filter(),
        limiter.filter(request -> auth.token(request).map(t -> t.id()).orElse("")),
        writes.filter(SERVICE, router, Set.of()));
  }

  public List<Route> routes() {
    return router.routes();
  }
}
