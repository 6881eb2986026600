package dev.tiac.sandbox.cas;

import dev.tiac.sandbox.console.CasApiType;
import dev.tiac.sandbox.console.CasConsole;
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

  private final boolean retryAfter;

  /**
   * {@code retryAfter}: whether a 429 (the limiter's or an injected one) names a Retry-After; the documented one does not.
   * {@code clp}: the licensing account, whose Cloud App Security licence every route needs.
   */
  public CasService(World world, Supplier<CasConsole> cas, TenantData data, Clock clock, RateLimiter limiter, boolean retryAfter,
      FaultInjector faults, RequestCounters counters, WriteTap writes, Supplier<dev.tiac.sandbox.console.ClpAccount> clp) {
    Sweeps sweeps = new Sweeps(world, cas, clock);
    SecurityEvents siem = new SecurityEvents(world, cas, clock);
    Mitigations mitigations = new Mitigations(world, data, clock);
    BlockedLists blocked = new BlockedLists(data);
    this.router = new Router(routes(clock, sweeps, siem, mitigations, blocked), false,
        (request, status) -> CasErrors.error(status, CasErrors.defaultMessage(status)),
        (request, message) -> CasErrors.badRequest(message));
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
    this.retryAfter = retryAfter;
  }

  /** The chain one regional site serves. */
  public Handler handler(CasRegion region) {
    return Filter.chain(router,
        counters.filter(SERVICE, router),
        faults.filter(SERVICE, router, Set.of(), retryAfter, (request, status) -> CasErrors.error(status, CasErrors.defaultMessage(status))),
        auth.filter(region),
        licence.filter(),
        limiter.filter(request -> auth.token(request).map(t -> t.id()).orElse("")),
        writes.filter(SERVICE, router, Set.of()),
        faults.lostAnswers(SERVICE, router, Set.of()));
  }

  public List<Route> routes() {
    return router.routes();
  }

  /** Every documented route, served or not, with its rules. */
  public List<DocumentedRoute> documented() {
    List<DocumentedRoute> out = new java.util.ArrayList<>();
    router.routes().forEach(r -> out.add(DocumentedRoute.of(SERVICE, r)));
    out.add(DocumentedRoute.unserved(SERVICE, "GET", "/v1/siem/quarantine_events", ""));
    return out;
  }

  /** Every route with the rules its documentation states, in the order they are checked. */
  private static List<Route> routes(Clock clock, Sweeps sweeps, SecurityEvents siem, Mitigations mitigations, BlockedLists blocked) {
    return List.of(
        Route.get("/v1/sweeping/mails", sweeps::handle).with(
            CasRules.params("mailbox", "lastndays", "start", "end", "subject", "file_sha1", "file_sha256", "file_name",
                "file_extension", "url", "sender", "recipient", "message_id", "source_ip", "source_domain", "limit", "skiptoken"),
            CasRules.single(), CasRules.time("start", "end"), CasRules.notWith("lastndays", "start", "end"),
            CasRules.range("lastndays", 1, (int) Sweeps.RETENTION.toDays()), CasRules.window(clock, Sweeps.SPAN, Sweeps.RETENTION),
            CasRules.range("limit", 1, 1000), CasRules.noLeadingWildcard("mailbox", "sender", "recipient", "file_name", "file_extension"),
            Constraint.of("`file_extension` without a leading dot", r -> r.param("file_extension").filter(v -> v.startsWith(".")).isEmpty(),
                "Invalid parameter: file_extension must not start with a dot"),
            Constraint.of("`source_ip` an IPv4 address, optionally with a CIDR suffix",
                r -> r.param("source_ip").map(MailFilter::validIp).orElse(true), "Invalid parameter: source_ip"),
            CasRules.skiptoken()).wire("cas-sweeping-mails.json"),
        Route.get("/v1/siem/security_events", siem::handle).with(
            CasRules.params("service", "event", "start", "end", "limit", "skiptoken"), CasRules.single(),
            CasRules.required("service"), CasRules.oneOf("service", SecurityEvents.SERVICES),
            CasRules.required("event"), CasRules.oneOf("event", SecurityEvents.EVENTS),
            CasRules.time("start", "end"), CasRules.window(clock, SecurityEvents.SPAN, SecurityEvents.REACH),
            CasRules.range("limit", 1, 500), CasRules.skiptoken()).wire("cas-siem-security-events.json"),
        Route.post("/v1/mitigation/mails", mitigations::postMails).with(Mitigations.MAIL_BODY).wire("cas-mitigation-accepted.json"),
        Route.get("/v1/mitigation/mails", mitigations::getMails).with(Mitigations.RESULT_QUERY).wire("cas-mitigation-mails-result.json"),
        Route.post("/v1/mitigation/accounts", mitigations::postAccounts).with(Mitigations.ACCOUNT_BODY).wire("cas-mitigation-accepted.json"),
        Route.get("/v1/mitigation/accounts", mitigations::getAccounts).with(Mitigations.RESULT_QUERY),
        Route.get("/v1/remediation/mails", blocked::get).with(CasRules.params()).wire("cas-remediation-blocked-lists.json"),
        Route.post("/v1/remediation/mails", blocked::post).with(CasRules.params()).with(BlockedLists.BODY));
  }
}
