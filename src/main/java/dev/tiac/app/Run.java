package dev.tiac.app;

import dev.tiac.config.LoadedConfig;
import dev.tiac.config.interpolate.Interpolator;
import dev.tiac.contract.DesiredResource;
import dev.tiac.http.DebugLog;
import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpSettings;
import dev.tiac.http.Redactor;
import dev.tiac.http.RunDeadline;
import dev.tiac.plan.StoredStateView;
import dev.tiac.progress.Progress;
import dev.tiac.progress.ProgressDisplay;
import dev.tiac.providers.Endpoints;
import dev.tiac.state.ErroredState;
import dev.tiac.state.LockRequest;
import dev.tiac.state.SecretFingerprinter;
import dev.tiac.state.State;
import dev.tiac.state.StateBackend;
import dev.tiac.state.StateBinding;
import dev.tiac.state.StateKey;
import dev.tiac.state.StateLockedException;
import dev.tiac.state.StateSession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Everything one command run needs, built once in a fixed order: the file, the state's place and
 * key, the lock when the run writes state, then the endpoints, the redactor (before any secret is
 * read), the state's binding check, one HTTP stack and the services. Nothing reads a live service
 * before the lock is held: a run that waited for it must not plan from what it saw while waiting.
 * Notices (a lock wait, a binding completed, a plain-text directory) go to {@code err}.
 */
public final class Run implements AutoCloseable {
  private final LoadedConfig config;
  private final RunSettings settings;
  private final Redactor redactor;
  private final Endpoints endpoints;
  private final HttpClients clients;
  private final ServiceCatalog catalog;
  private final StateBackend backend;
  private final SecretFingerprinter fingerprinter;
  private final StateKeys keys;
  private final Clock clock = Clock.systemUTC();
  private final WaitRelay waits;
  private final StateBinding binding;
  private final Interpolator values;
  private final EndpointSource source;
  private final Optional<StateSession> session;

  private Run(LoadedConfig config, RunSettings settings, PrintWriter err, EndpointSource source, Prologue prologue) {
    this.config = config;
    this.settings = settings;
    this.source = source;
    this.backend = prologue.place().backend();
    this.fingerprinter = prologue.fingerprinter();
    this.keys = prologue.keys();
    this.session = prologue.session();
    this.redactor = new Redactor();
    this.waits = new WaitRelay(err);
    Map<String, String> environment = source.environment(config, System.getenv());
    this.values = new Interpolator(environment, paths(config),
        ref -> source.tokenDelivery().flatMap(d -> d.output(ref.address()))).reportingAllMissingOf(config.document());
    this.endpoints = source.endpoints(config, values, redactor);
    endpoints.directory().flatMap(dev.tiac.ldap.LdapSettings::plaintextWarning).ifPresent(err::println);
    this.binding = TenantBindings.of(config, endpoints, values);
    prologue.binding().ifPresent(mode -> bindSession(mode, err));
    HttpSettings defaults = HttpSettings.defaults().withInFlight(settings.parallelism()).withCallTimeout(settings.callTimeout());
    HttpSettings http = endpoints.extraCa().map(defaults::withExtraCaPem).orElse(defaults);
    this.clients = HttpClients.create(http, settings.debug() ? DebugLog.to(err, redactor) : DebugLog.off(redactor),
        waits, RunDeadline.after(settings.timeout(), clock, settings.started()));
    this.catalog = ServiceCatalog.build(endpoints, clients, config, source.consoleKinds(endpoints, clients, config, this::secrets));
  }

  /** What is settled before any endpoint: where the state is, its key, and for a run that writes state the held lock. */
  private record Prologue(StatePlace place, StateKeys keys, SecretFingerprinter fingerprinter, Optional<StateSession> session,
      Optional<Binding> binding) {}

  /**
   * The state key, loaded on first use: query and export never need one, and a missing key fails
   * only the commands that compare fingerprints or seal a plan. It lives in the state dir, also
   * for a --sandbox run whose state is kept apart.
   */
  private static final class StateKeys implements Supplier<StateKey> {
    private final Path dir;
    private final StateBackend backend;
    private StateKey key;

    StateKeys(Path dir, StateBackend backend) {
      this.dir = dir;
      this.backend = backend;
    }

    @Override
    public synchronized StateKey get() {
      if (key == null) {
        key = StateKey.load(dir, System.getenv(), backend.read());
      }
      return key;
    }
  }

  /** What a locked run does with the state's binding. */
  public enum Binding {
    /** Refuse another setup or tenant; complete the binding of a state that lacks parts of it. */
    CHECK,
    /** Take this run's setup and tenant as the state's, after a change of address or name. */
    REPLACE
  }

  /** A run that writes state: the lock it takes and what it does with the state's binding. */
  public record Locking(LockRequest request, Binding binding) {}

  /**
   * A run over the endpoints {@code sources} opens (and the run closes). With {@code locking}, the
   * lock is taken (waiting up to the settings' lock timeout) before a sandbox starts or any
   * service is read, and the state's binding is checked before the services are built; closing
   * the run stops the services first and releases the lock last.
   */
  public static Run open(LoadedConfig config, RunSettings settings, StatePlace place, PrintWriter err, Supplier<EndpointSource> sources,
      Optional<Locking> locking) {
    return open(config, settings, place, err, sources, locking, () -> ProgressDisplay.on(err, false, 80, () -> { }));
  }

  /** As above, a wait for the lock counted down in the displays {@code waitDisplay} makes (the caller knows its terminal). */
  public static Run open(LoadedConfig config, RunSettings settings, StatePlace place, PrintWriter err, Supplier<EndpointSource> sources,
      Optional<Locking> locking, Supplier<ProgressDisplay> waitDisplay) {
    StateKeys keys = new StateKeys(place.keyDir(), place.backend());
    SecretFingerprinter fingerprinter = new SecretFingerprinter(keys);
    Optional<StateSession> session = locking.map(l -> lock(place, l.request(), settings.lockTimeout(), fingerprinter, waitDisplay));
    try {
      EndpointSource source = sources.get();
      try {
        return new Run(config, settings, err, source, new Prologue(place, keys, fingerprinter, session, locking.map(Locking::binding)));
      } catch (RuntimeException e) {
        source.close();
        throw e;
      }
    } catch (RuntimeException e) {
      session.ifPresent(StateSession::close);
      throw e;
    }
  }

  /** Takes the lock; a wait for another run's lock is said as it starts, never silent. */
  private static StateSession lock(StatePlace place, LockRequest request, Duration timeout, SecretFingerprinter fingerprinter,
      Supplier<ProgressDisplay> waitDisplay) {
    ErroredState errored = new ErroredState(place.home());
    StateBackend backend = place.backend();
    try {
      return StateSession.open(backend, request, Duration.ZERO, fingerprinter, errored, Clock.systemUTC());
    } catch (StateLockedException held) {
      if (timeout.isZero()) {
        throw held;
      }
      // Said as it starts, then counted down: on a terminal in the status line, in a log every few seconds.
      try (ProgressDisplay display = waitDisplay.get()) {
        display.planned(Progress.Stage.LOCK, List.of());
        display.waiting("tiac: the state at " + backend.location() + " is locked by "
            + held.holder().map(dev.tiac.state.LockInfo::describe).orElse("another run") + "; waiting up to "
            + dev.tiac.query.Durations.format(timeout) + " for it ...", timeout);
        return StateSession.open(backend, request, timeout, fingerprinter, errored, Clock.systemUTC());
      }
    }
  }

  private void bindSession(Binding mode, PrintWriter err) {
    StateSession held = session();
    switch (mode) {
      case CHECK -> {
        StateBinding before = held.state().binding();
        if (held.bind(binding)) {
          err.println("tiac: the state at " + backend.location() + " was bound to " + before.describe() + "; this run binds it to "
              + held.state().binding().describe() + ", and a run against another setup or tenant will be refused.");
        }
      }
      case REPLACE -> {
        StateBinding before = held.rebind(binding);
        err.println("tiac: the state at " + backend.location() + " was bound to " + before.describe() + ".");
      }
    }
    err.flush();
  }

  public LoadedConfig config() {
    return config;
  }

  public RunSettings settings() {
    return settings;
  }

  public Redactor redactor() {
    return redactor;
  }

  public Endpoints endpoints() {
    return endpoints;
  }

  public HttpClients clients() {
    return clients;
  }

  public ServiceCatalog catalog() {
    return catalog;
  }

  public StateBackend backend() {
    return backend;
  }

  public SecretFingerprinter fingerprinter() {
    return fingerprinter;
  }

  public Clock clock() {
    return clock;
  }

  /** The run's waits, shown in whichever progress display is up. */
  public WaitRelay waits() {
    return waits;
  }

  /** The state key: from the environment or the key's directory, refused when the state names one that is missing. */
  public StateKey stateKey() {
    return keys.get();
  }

  /** The held session of a run opened with a lock. */
  public StateSession session() {
    return session.orElseThrow(() -> new IllegalStateException("this run did not lock the state"));
  }

  /** The stored state (a new one when none was written), refused when it belongs to another setup or tenant. */
  public State storedState() {
    return storedState(binding);
  }

  private State storedState(StateBinding expected) {
    State state = backend.read().orElseGet(() -> State.create(settings.version(), Optional.of(fingerprinter.keyId())));
    state.binding().requireMatch(expected, backend.location());
    return state;
  }

  /** The stored state for a run that reads a tenant without applying a setup of its own (an export). */
  public StoredStateView tenantStateView() {
    return new StoredStateView(storedState(binding.tenantOnly()), fingerprinter);
  }

  /** The held state of a locked run, else the stored state. */
  public StoredStateView stateView() {
    return new StoredStateView(session.map(StateSession::state).orElseGet(this::storedState), fingerprinter);
  }

  /** The path rules of the loaded file: its directory, its repository and its opt-in. */
  public static dev.tiac.config.paths.ContainedPaths paths(LoadedConfig config) {
    return dev.tiac.config.paths.ContainedPaths.of(config.document().baseDirectory(), config.document().tree());
  }

  /** The resolved values of one resource's secrets; registered for redaction as they are read. */
  public Map<String, String> secrets(DesiredResource resource) {
    Map<String, String> resolved = new HashMap<>();
    resource.secrets().forEach((name, expression) -> {
      String value = values.resolve(expression);
      redactor.register(dev.tiac.http.Secret.of(value));
      resolved.put(name, value);
    });
    return resolved;
  }

  @Override
  public void close() {
    // The services first (an in-process sandbox persists its world as it stops), the lock last.
    try {
      source.close();
    } finally {
      session.ifPresent(StateSession::close);
    }
  }
}
