package dev.tiac.sandbox;

import dev.tiac.sandbox.apexcentral.ApexCentralService;
import dev.tiac.sandbox.cas.CasRegion;
import dev.tiac.sandbox.cas.CasService;
import dev.tiac.sandbox.cas.RateLimiter;
import dev.tiac.sandbox.console.AutomationApp;
import dev.tiac.sandbox.console.Console;
import dev.tiac.sandbox.console.ConsoleState;
import dev.tiac.sandbox.directory.AdDirectory;
import dev.tiac.sandbox.http.DocumentedRoute;
import dev.tiac.sandbox.http.FaultInjector;
import dev.tiac.sandbox.http.HttpsHost;
import dev.tiac.sandbox.http.RequestCounters;
import dev.tiac.sandbox.http.WriteTap;
import dev.tiac.sandbox.management.ManagementApi;
import dev.tiac.sandbox.tls.SandboxTls;
import dev.tiac.sandbox.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A running sandbox: Apex Central, the eight CAS sites, the management API (HTTPS) and the directory
 * (LDAP, LDAPS), all on 127.0.0.1 with ephemeral ports. Start one in a test with
 * {@code Sandbox.start(SandboxOptions.defaults(tempDir))} and read {@link #endpoints()}.
 */
public final class Sandbox implements AutoCloseable {
  private static final int HANDLER_THREADS = 64;
  /** Management URLs of the sandboxes open in this process: endpoints.json naming this pid is live only for these. */
  private static final java.util.Set<String> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final SandboxCore core;
  private final SandboxTls tls;
  private final ExecutorService executor;
  private final List<HttpsHost> hosts;
  private final HttpsHost apexCentral;
  private final Map<CasRegion, HttpsHost> cas;
  private final HttpsHost management;
  private final AdDirectory directory;
  private final RequestCounters counters;
  private final FaultInjector faults;
  private final WriteTap writes;
  private final ManagementApi managementApi;
  private final RateLimiter limiter;
  private final List<DocumentedRoute> documented;

  private Sandbox(SandboxOptions options) {
    this.core = SandboxCore.open(options);
    this.tls = SandboxTls.loadOrCreate(options.stateDir());
    // A bounded queue keeps a ThreadPoolExecutor at its core size, so core = max: injected latency
    // sleeps in a handler thread, and four threads would turn 50 ms into a queue for everyone.
    ThreadPoolExecutor pool = new ThreadPoolExecutor(HANDLER_THREADS, HANDLER_THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1024), r -> {
      Thread t = new Thread(r, "tiac-sandbox-http");
      t.setDaemon(true);
      return t;
    }, new ThreadPoolExecutor.CallerRunsPolicy());
    pool.allowCoreThreadTimeOut(true);
    this.executor = pool;
    this.counters = new RequestCounters();
    this.faults = new FaultInjector(options.faults());
    this.writes = new WriteTap();
    World world = core.world();
    Console console = core.console();
    this.hosts = new ArrayList<>();
    ApexCentralService ac = new ApexCentralService(world, console, core.data(), options.clock(), faults, counters, writes);
    this.apexCentral = listen(ac.handler());
    this.documented = new ArrayList<>(ac.documented());
    this.limiter = new RateLimiter(options.casRate(), options.clock());
    CasService casService = new CasService(world, () -> console.state().cas(), core.data(), options.clock(), limiter,
        options.casRate().retryAfter(), faults, counters, writes, () -> console.state().clp());
    documented.addAll(casService.documented());
    this.cas = new LinkedHashMap<>();
    for (CasRegion region : CasRegion.values()) {
      cas.put(region, listen(casService.handler(region)));
    }
    this.managementApi = new ManagementApi(console, counters, faults, writes);
    this.management = listen(managementApi.handler());
    this.directory = AdDirectory.start(world, core.directoryPassword(), tls.serverContext());
    OPEN.add(management.baseUrl());
  }

  public static Sandbox start(SandboxOptions options) {
    return new Sandbox(options);
  }

  private HttpsHost listen(dev.tiac.sandbox.http.Handler handler) {
    HttpsHost host = HttpsHost.start(0, tls.serverContext(), executor, handler);
    hosts.add(host);
    return host;
  }

  /** Current endpoints and credentials; CAS tokens reflect the console as it is now. */
  public SandboxEndpoints endpoints() {
    ConsoleState s = core.console().state();
    AutomationApp app = s.automationApps().get(0);
    Map<String, String> urls = new LinkedHashMap<>();
    cas.forEach((r, h) -> urls.put(r.key(), h.baseUrl()));
    List<SandboxEndpoints.CasToken> tokens = new ArrayList<>();
    s.cas().tokens().forEach(t -> tokens.add(new SandboxEndpoints.CasToken(t.id(), t.name(), t.target().name(),
        t.apiTypes().stream().map(Enum::name).toList(), t.secret(), t.expires().toString())));
    return new SandboxEndpoints(tls.caFile().toAbsolutePath().toString(),
        new SandboxEndpoints.ApexCentral(apexCentral.baseUrl(), app.applicationId(), app.apiKey(), app.timeoutSeconds()),
        new SandboxEndpoints.Cas(s.cas().region(), urls, tokens),
        new SandboxEndpoints.Ldap(directory.ldapUrl(), directory.ldapsUrl(), directory.bindDn(), core.directoryPassword(), directory.baseDn()),
        new SandboxEndpoints.Management(management.baseUrl(), s.managementToken()),
        ProcessHandle.current().pid());
  }

  public World world() {
    return core.world();
  }

  /** The console-state operations {@code tiac sandbox console} uses. */
  public Console console() {
    return core.console();
  }

  public RequestCounters counters() {
    return counters;
  }

  /** The vendor-documented routes of Apex Central and CAS, served or not, with the rules each enforces. */
  public List<DocumentedRoute> documentedRoutes() {
    return List.copyOf(documented);
  }

  /** CAS's per-token budget, with the neighbour's share when the options ask for one. */
  public RateLimiter casRateLimiter() {
    return limiter;
  }

  public FaultInjector faults() {
    return faults;
  }

  /** The writes every service of this sandbox received, for tests that act at write k. */
  public WriteTap writes() {
    return writes;
  }

  /** The tenant as it is now: console settings and API data (the world never changes). */
  public Checkpoint checkpoint() {
    return new Checkpoint(core.console().state(), core.data().snapshot());
  }

  /**
   * Puts the tenant back as it was at {@code c} and forgets the request counters and writes, so
   * one served sandbox hosts many independent runs. The CAS rate windows keep their history:
   * a test that runs many clients raises the budget instead.
   */
  public void restore(Checkpoint c) {
    core.console().restore(c.console());
    core.data().restore(c.tenant());
    counters.reset();
    writes.reset();
  }

  /** A saved tenant, see {@link #checkpoint()}. */
  public record Checkpoint(ConsoleState console, dev.tiac.sandbox.tenant.TenantSnapshot tenant) {}

  /** Whether a sandbox serving this management URL is open in this process. */
  public static boolean isOpenHere(String managementUrl) {
    return OPEN.contains(managementUrl);
  }

  public ManagementApi managementApi() {
    return managementApi;
  }

  public javax.net.ssl.SSLContext clientTls() {
    return tls.clientContext();
  }

  @Override
  public void close() {
    OPEN.remove(management.baseUrl());
    hosts.forEach(HttpsHost::close);
    directory.close();
    executor.shutdownNow();
  }
}
