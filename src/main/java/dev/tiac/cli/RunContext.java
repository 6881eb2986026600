package dev.tiac.cli;

import dev.tiac.config.ConfigLoader;
import dev.tiac.config.LoadedConfig;
import dev.tiac.config.interpolate.Interpolator;
import dev.tiac.http.DebugLog;
import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpSettings;
import dev.tiac.http.Redactor;
import dev.tiac.http.RunDeadline;
import dev.tiac.plan.StoredStateView;
import dev.tiac.plan.desired.DesiredResource;
import dev.tiac.providers.Endpoints;
import dev.tiac.providers.EndpointsFromConfig;
import dev.tiac.providers.ServiceCatalog;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one command run needs, built once in a fixed order: the file, the state's place and
 * key, the lock when the run writes state, then the endpoints, the redactor (before any secret is
 * read), the state's binding check, one HTTP stack and the services. Nothing reads a live service
 * before the lock is held: a run that waited for it must not plan from what it saw while waiting.
 */
final class RunContext implements AutoCloseable {
  final LoadedConfig config;
  final Redactor redactor;
  final Endpoints endpoints;
  final HttpClients clients;
  final ServiceCatalog catalog;
  final StateBackend backend;
  final SecretFingerprinter fingerprinter;
  private final StateKeys keys;
  final Clock clock = Clock.systemUTC();
  final Map<String, String> environment;
  /** The run's waits, shown in whichever progress display is up. */
  final WaitRelay waits;
  /** The setup and tenant of this run, which the state must match. */
  final StateBinding binding;
  private final Interpolator values;

  private final EndpointSource source;
  private final Optional<StateSession> session;
  /** Where this run's state lives when it is local, and its errored copy goes: a sandbox run's own directory. */
  final Path stateDir;

  private RunContext(LoadedConfig config, RunOptions options, PrintWriter err, EndpointSource source, Prologue prologue) {
    this.config = config;
    this.source = source;
    this.stateDir = prologue.stateDir();
    this.backend = prologue.backend();
    this.fingerprinter = prologue.fingerprinter();
    this.keys = prologue.keys();
    this.session = prologue.session();
    this.redactor = new Redactor();
    this.waits = new WaitRelay(err);
    this.environment = source.environment(config, System.getenv());
    this.values = new Interpolator(environment, paths(config),
        ref -> source.tokenDelivery().flatMap(d -> d.output(ref.address()))).reportingAllMissingOf(config.document());
    this.endpoints = source.endpoints(config, values, redactor);
    endpoints.directory().flatMap(dev.tiac.ldap.LdapSettings::plaintextWarning).ifPresent(err::println);
    this.binding = TenantBindings.of(config, endpoints, values);
    prologue.binding().ifPresent(mode -> bindSession(mode, err));
    HttpSettings defaults = HttpSettings.defaults().withInFlight(options.parallelism).withCallTimeout(options.callTimeout);
    HttpSettings settings = endpoints.extraCa().map(defaults::withExtraCaPem).orElse(defaults);
    this.clients = HttpClients.create(settings, options.debug ? DebugLog.to(err, redactor) : DebugLog.off(redactor),
        waits, RunDeadline.after(options.timeout, clock, options.started));
    this.catalog = ServiceCatalog.build(endpoints, clients, config, source.consoleKinds(endpoints, clients, config, this::secrets));
  }

  /** The state key: from the environment or the key's directory, refused when the state names one that is missing. */
  StateKey stateKey() {
    return keys.get();
  }

  /**
   * What is settled before any endpoint: where the state is, its key, and for a run that writes
   * state the held lock and what to do with the binding once the run's own is known.
   */
  private record Prologue(Path stateDir, StateBackend backend, StateKeys keys, SecretFingerprinter fingerprinter,
      Optional<StateSession> session, Optional<Binding> binding) {}

  /**
   * The state key, loaded on first use: query and export never need one, and a missing key fails
   * only the commands that compare fingerprints or seal a plan. It lives in the state dir, also
   * for a --sandbox run whose state is kept apart.
   */
  private static final class StateKeys implements java.util.function.Supplier<StateKey> {
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

  /** A run that reads state, if at all, without locking it: plan, drift, query, export. */
  static RunContext open(List<Path> files, RunOptions options, PrintWriter err) {
    LoadedConfig config = new ConfigLoader().load(files);
    return open(config, options, err, () -> source(options, err), Optional.empty());
  }

  /**
   * A run that writes state: the lock is taken (waiting up to {@code --lock-timeout}) before a
   * sandbox starts or any service is read, and the state's binding is checked before the services
   * are built. Closing the context stops the services first and releases the lock last.
   */
  static RunContext openLocked(List<Path> files, RunOptions options, PrintWriter err, LockRequest request, Binding binding) {
    LoadedConfig config = new ConfigLoader().load(files);
    return open(config, options, err, () -> source(options, err), Optional.of(new Locking(request, binding)));
  }

  /** Over a given source, which the context closes (e.g. a sandbox started for one test case). */
  static RunContext open(LoadedConfig config, RunOptions options, PrintWriter err, EndpointSource source) {
    return open(config, options, err, () -> source, Optional.empty());
  }

  /** What a locked run does with the state's binding. */
  enum Binding {
    /** Refuse another setup or tenant; complete the binding of a state that lacks parts of it. */
    CHECK,
    /** Take this run's setup and tenant as the state's, after a change of address or name. */
    REPLACE
  }

  private record Locking(LockRequest request, Binding binding) {}

  private static EndpointSource source(RunOptions options, PrintWriter err) {
    return options.sandbox ? SandboxEndpointSource.find(options.stateDir.resolve("sandbox"), err) : EndpointSource.FROM_CONFIG;
  }

  private static RunContext open(LoadedConfig config, RunOptions options, PrintWriter err,
      java.util.function.Supplier<EndpointSource> sources, Optional<Locking> locking) {
    Path stateDir = StateBackends.home(options.stateDir, options.sandbox, options.backend);
    StateBackend backend = StateBackends.choose(stateDir, options.backend, System.getenv(), err);
    StateKeys keys = new StateKeys(options.stateDir, backend);
    SecretFingerprinter fingerprinter = new SecretFingerprinter(keys);
    Optional<StateSession> session = locking.map(l -> lock(backend, l.request(), options.lockTimeout, fingerprinter, stateDir, err));
    try {
      EndpointSource source = sources.get();
      try {
        Prologue prologue = new Prologue(stateDir, backend, keys, fingerprinter, session, locking.map(Locking::binding));
        return new RunContext(config, options, err, source, prologue);
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
  private static StateSession lock(StateBackend backend, LockRequest request, java.time.Duration timeout,
      SecretFingerprinter fingerprinter, Path stateDir, PrintWriter err) {
    ErroredState errored = new ErroredState(stateDir);
    try {
      return StateSession.open(backend, request, java.time.Duration.ZERO, fingerprinter, errored, Clock.systemUTC());
    } catch (StateLockedException held) {
      if (timeout.isZero()) {
        throw held;
      }
      // Said as it starts, then counted down: on a terminal in the status line, in a log every few seconds.
      try (dev.tiac.progress.ProgressDisplay display = Terminal.progress(err, new WaitRelay(err))) {
        display.planned(dev.tiac.progress.Progress.Stage.LOCK, List.of());
        display.waiting("tiac: the state at " + backend.location() + " is locked by "
            + held.holder().map(dev.tiac.state.LockInfo::describe).orElse("another run") + "; waiting up to "
            + dev.tiac.query.join.Durations.format(timeout) + " for it ...", timeout);
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

  /** The held session of a run opened with {@link #openLocked}. */
  StateSession session() {
    return session.orElseThrow(() -> new IllegalStateException("this run did not lock the state"));
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

  /** The stored state (a new one when none was written), refused when it belongs to another setup or tenant. */
  State storedState() {
    return storedState(binding);
  }

  private State storedState(StateBinding expected) {
    State state = backend.read().orElseGet(() -> State.create(Versions.current(), Optional.of(fingerprinter.keyId())));
    state.binding().requireMatch(expected, backend.location());
    return state;
  }

  /** The stored state for a run that reads a tenant without applying a setup of its own (an export). */
  StoredStateView tenantStateView() {
    return new StoredStateView(storedState(binding.tenantOnly()), fingerprinter);
  }

  /** The path rules of the loaded file: its directory, its repository and its opt-in. */
  static dev.tiac.config.paths.ContainedPaths paths(LoadedConfig config) {
    return dev.tiac.config.paths.ContainedPaths.of(config.document().baseDirectory(), config.document().tree());
  }

  StoredStateView stateView() {
    return new StoredStateView(session.map(StateSession::state).orElseGet(this::storedState), fingerprinter);
  }

  /** The resolved values of one resource's secrets; registered for redaction as they are read. */
  Map<String, String> secrets(DesiredResource resource) {
    Map<String, String> resolved = new HashMap<>();
    resource.secrets().forEach((name, expression) -> {
      String value = values.resolve(expression);
      redactor.register(dev.tiac.http.Secret.of(value));
      resolved.put(name, value);
    });
    return resolved;
  }

  /** Where endpoints come from: the file's connections, or a sandbox. */
  interface EndpointSource extends AutoCloseable {
    Endpoints endpoints(LoadedConfig config, Interpolator values, Redactor redactor);

    default Map<String, String> environment(LoadedConfig config, Map<String, String> real) {
      return real;
    }

    default ServiceCatalog.ConsoleKinds consoleKinds(Endpoints endpoints, HttpClients clients, LoadedConfig config,
        java.util.function.Function<DesiredResource, Map<String, String>> secrets) {
      return new dev.tiac.providers.console.ManagedConsoleKinds(Optional.empty(), config.state(),
          new dev.tiac.providers.console.TokenDelivery(config.document().baseDirectory(), paths(config), new Redactor()), secrets);
    }

    default Optional<dev.tiac.providers.console.TokenDelivery> tokenDelivery() {
      return Optional.empty();
    }

    @Override
    default void close() {}

    EndpointSource FROM_CONFIG = new EndpointSource() {
      @Override
      public Endpoints endpoints(LoadedConfig config, Interpolator values, Redactor redactor) {
        return EndpointsFromConfig.resolve(config.state(), values, config.document().baseDirectory(), redactor);
      }
    };
  }
}
