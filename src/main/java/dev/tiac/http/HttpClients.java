package dev.tiac.http;

import java.time.Clock;
import java.util.List;
import okhttp3.ConnectionPool;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The one OkHttp client of a run and the interceptor stack around it. OkHttp's defaults that do
 * not suit us are changed here once: a timeout on every attempt ({@link CallTimeoutInterceptor}),
 * connection-failure retries off (they can send a POST twice), redirects off (an API host never
 * redirects; following one could hand our credentials to another host), TLS through
 * {@link TrustMaterial} only. Every wait is told to the run's {@link WaitListener}, and nothing
 * is sent or waited for past the run's {@link RunDeadline}.
 */
public final class HttpClients {
  /**
   * Idle connections kept for reuse. OkHttp's default of 5 is fewer than the calls a run makes at
   * once (apply and refresh run 10 by default): the pool then closed connections between calls
   * and the next call paid a new TLS handshake, about 80 of them in a 521-change apply (issue 5).
   */
  static final int IDLE_CONNECTIONS = 32;

  private final HttpSettings settings;
  private final DebugLog log;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RetryBudget budget;
  private final OkHttpClient base;
  private final WaitListener waits;
  private final RunDeadline deadline;
  private final java.util.concurrent.ScheduledExecutorService watchdog;
  private final java.util.Set<String> silentHosts = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final java.util.Map<PaceLimit, SlidingWindowPacer> pacers = new java.util.concurrent.ConcurrentHashMap<>();

  private record PaceLimit(String service, int requests, java.time.Duration window) {}

  public HttpClients(HttpSettings settings, DebugLog log, Clock clock, Sleeper sleeper) {
    this(settings, log, clock, sleeper, WaitListener.NONE, RunDeadline.none());
  }

  public HttpClients(HttpSettings settings, DebugLog log, Clock clock, Sleeper sleeper, WaitListener waits,
      RunDeadline deadline) {
    this.settings = settings;
    this.log = log;
    this.clock = clock;
    this.sleeper = sleeper;
    this.waits = waits;
    this.deadline = deadline;
    this.watchdog = watchdog();
    this.budget = new RetryBudget(settings.retryBudgetRatio(), settings.retryBudgetFloor());
    TrustMaterial trust = TrustMaterial.load(settings.extraCaPem());
    this.base = new OkHttpClient.Builder()
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .writeTimeout(settings.writeTimeout())
        // Each attempt is bounded by CallTimeoutInterceptor instead: OkHttp's would count our waits.
        .callTimeout(java.time.Duration.ZERO)
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .sslSocketFactory(trust.socketFactory(), trust.trustManager())
        .proxySelector(ProxyConfig.fromEnvironment())
        .connectionPool(new ConnectionPool(IDLE_CONNECTIONS, 5, java.util.concurrent.TimeUnit.MINUTES))
        .build();
  }

  public static HttpClients create(HttpSettings settings, DebugLog log) {
    return new HttpClients(settings, log, Clock.systemUTC(), Sleeper.system());
  }

  /** The stack of one command run: its waits shown to {@code waits}, its calls stopped at {@code deadline}. */
  public static HttpClients create(HttpSettings settings, DebugLog log, WaitListener waits, RunDeadline deadline) {
    return new HttpClients(settings, log, Clock.systemUTC(), Sleeper.system(), waits, deadline);
  }

  /** A client for a service with no name to show (tests, the sandbox's own management calls). */
  public OkHttpClient client(List<Interceptor> serviceInterceptors) {
    return client("the service", serviceInterceptors);
  }

  /**
   * A client for one service, named as people know it in wait notices: retry outermost, then the
   * service's own interceptors (auth, pacing) in the given order, then the per-attempt timeout and
   * logging, so every attempt is signed, paced, bounded and logged.
   */
  public OkHttpClient client(String service, List<Interceptor> serviceInterceptors) {
    OkHttpClient.Builder builder = base.newBuilder()
        .addInterceptor(new RetryInterceptor(service, settings, budget,
            Backoff.jittered(settings.baseBackoff(), settings.maxBackoff()), clock, sleeper, log, waits, deadline));
    serviceInterceptors.forEach(builder::addInterceptor);
    return builder.addInterceptor(new CallTimeoutInterceptor(settings.callTimeout(), deadline, watchdog, silentHosts))
        .addInterceptor(new LoggingInterceptor(log)).build();
  }

  /**
   * The run's pacer for one limit. Pacers key on the credential, so every client of the run that
   * uses the same token (plan's reads, a query's sweeps, export) draws on one budget, as the
   * service counts it, instead of each believing it has the whole limit to itself; what one client
   * learns about a budget shared with another integration, every client of the run keeps to.
   */
  public SlidingWindowPacer pacer(String service, int requests, java.time.Duration window) {
    return pacers.computeIfAbsent(new PaceLimit(service, requests, window), l -> new SlidingWindowPacer(service, requests,
        window, clock, sleeper, waits, deadline, bound -> java.util.concurrent.ThreadLocalRandom.current().nextLong(bound + 1)));
  }

  /** Pacing for one service's calls through {@code pacer}, up to the run's attempt limit of refusals per call. */
  public PacingInterceptor pacing(SlidingWindowPacer pacer) {
    return new PacingInterceptor(pacer, log, settings.maxAttempts());
  }

  public CreateGuard createGuard() {
    return new CreateGuard(settings.maxAttempts(),
        Backoff.jittered(settings.baseBackoff(), settings.maxBackoff()), sleeper, log, waits);
  }

  public HttpSettings settings() {
    return settings;
  }

  public DebugLog log() {
    return log;
  }

  public Clock clock() {
    return clock;
  }

  public Sleeper sleeper() {
    return sleeper;
  }

  public RetryBudget budget() {
    return budget;
  }

  public WaitListener waits() {
    return waits;
  }

  public RunDeadline deadline() {
    return deadline;
  }

  private static java.util.concurrent.ScheduledExecutorService watchdog() {
    java.util.concurrent.ScheduledThreadPoolExecutor timer = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "tiac-call-timeout");
      t.setDaemon(true);
      return t;
    });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }
}
