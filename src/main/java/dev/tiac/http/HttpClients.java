package dev.tiac.http;

import java.time.Clock;
import java.util.List;
import okhttp3.ConnectionPool;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The one OkHttp client of a run and the interceptor stack around it. OkHttp's defaults that do
 * not suit us are changed here once: call timeout on, connection-failure retries off (they can
 * send a POST twice), redirects off (an API host never redirects; following one could hand our
 * credentials to another host), TLS through {@link TrustMaterial} only.
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
  private final java.util.Map<PaceLimit, SlidingWindowPacer> pacers = new java.util.concurrent.ConcurrentHashMap<>();

  private record PaceLimit(int requests, java.time.Duration window) {}

  public HttpClients(HttpSettings settings, DebugLog log, Clock clock, Sleeper sleeper) {
    this.settings = settings;
    this.log = log;
    this.clock = clock;
    this.sleeper = sleeper;
    this.budget = new RetryBudget(settings.retryBudgetRatio(), settings.retryBudgetFloor());
    TrustMaterial trust = TrustMaterial.load(settings.extraCaPem());
    this.base = new OkHttpClient.Builder()
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .writeTimeout(settings.writeTimeout())
        .callTimeout(settings.callTimeout())
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

  /**
   * A client for one service: retry outermost, then the service's own interceptors (auth,
   * pacing) in the given order, then logging, so every attempt is signed, paced and logged.
   */
  public OkHttpClient client(List<Interceptor> serviceInterceptors) {
    OkHttpClient.Builder builder = base.newBuilder()
        .addInterceptor(new RetryInterceptor(settings, budget,
            Backoff.jittered(settings.baseBackoff(), settings.maxBackoff()), clock, sleeper, log));
    serviceInterceptors.forEach(builder::addInterceptor);
    return builder.addInterceptor(new LoggingInterceptor(log)).build();
  }

  /**
   * The run's pacer for one limit. Pacers key on the credential, so every client of the run that
   * uses the same token (plan's reads, a query's sweeps, export) draws on one budget, as the
   * service counts it, instead of each believing it has the whole limit to itself.
   */
  public SlidingWindowPacer pacer(int requests, java.time.Duration window) {
    return pacers.computeIfAbsent(new PaceLimit(requests, window), l -> new SlidingWindowPacer(requests, window, clock, sleeper));
  }

  public CreateGuard createGuard() {
    return new CreateGuard(settings.maxAttempts(),
        Backoff.jittered(settings.baseBackoff(), settings.maxBackoff()), sleeper, log);
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
}
