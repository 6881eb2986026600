package dev.tiac.cli;

import dev.tiac.config.ConfigLoader;
import dev.tiac.config.LoadedConfig;
import dev.tiac.config.interpolate.Interpolator;
import dev.tiac.http.DebugLog;
import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpSettings;
import dev.tiac.http.Redactor;
import dev.tiac.http.RunDeadline;
import dev.tiac.http.WaitListener;
import dev.tiac.plan.StoredStateView;
import dev.tiac.plan.desired.DesiredResource;
import dev.tiac.providers.Endpoints;
import dev.tiac.providers.EndpointsFromConfig;
import dev.tiac.providers.ServiceCatalog;
import dev.tiac.state.SecretFingerprinter;
import dev.tiac.state.State;
import dev.tiac.state.StateBackend;
import dev.tiac.state.StateKey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one command run needs, built once in a fixed order: the file, the redactor (before
 * any secret is read), the endpoints, one HTTP stack, the services, and the state.
 */
final class RunContext implements AutoCloseable {
  final LoadedConfig config;
  final Redactor redactor;
  final Endpoints endpoints;
  final HttpClients clients;
  final ServiceCatalog catalog;
  final StateBackend backend;
  final SecretFingerprinter fingerprinter;
  private StateKey stateKey;
  final Clock clock = Clock.systemUTC();
  final Map<String, String> environment;
  private final Interpolator values;

  private final EndpointSource source;
  final Path stateDir;

  private RunContext(LoadedConfig config, RunOptions options, PrintWriter err, EndpointSource source) {
    this.config = config;
    this.source = source;
    this.stateDir = options.stateDir;
    this.redactor = new Redactor();
    this.environment = source.environment(config, System.getenv());
    this.values = new Interpolator(environment, paths(config),
        ref -> source.tokenDelivery().flatMap(d -> d.output(ref.address())));
    this.endpoints = source.endpoints(config, values, redactor);
    endpoints.directory().flatMap(dev.tiac.ldap.LdapSettings::plaintextWarning).ifPresent(err::println);
    HttpSettings defaults = HttpSettings.defaults().withInFlight(options.parallelism).withCallTimeout(options.callTimeout);
    HttpSettings settings = endpoints.extraCa().map(defaults::withExtraCaPem).orElse(defaults);
    this.clients = HttpClients.create(settings, options.debug ? DebugLog.to(err, redactor) : DebugLog.off(redactor),
        WaitListener.printingTo(err), RunDeadline.after(options.timeout, clock, options.started));
    this.catalog = ServiceCatalog.build(endpoints, clients, config, source.consoleKinds(endpoints, clients, config, this::secrets));
    this.backend = StateBackends.choose(options.stateDir, options.backend, System.getenv(), err);
    // Loaded on first use: query and export never need a key, and a missing key fails only the
    // commands that compare fingerprints or seal a plan.
    this.fingerprinter = new SecretFingerprinter(this::stateKey);
  }

  /** The state key: from the environment or the state directory, refused when the state names one that is missing. */
  synchronized StateKey stateKey() {
    if (stateKey == null) {
      stateKey = StateKey.load(stateDir, System.getenv(), backend.read());
    }
    return stateKey;
  }

  static RunContext open(List<Path> files, RunOptions options, PrintWriter err) {
    LoadedConfig config = new ConfigLoader().load(files);
    EndpointSource source = options.sandbox ? SandboxEndpointSource.find(options.stateDir.resolve("sandbox"), err) : EndpointSource.FROM_CONFIG;
    return open(config, options, err, source);
  }

  /** Over a given source, which the context closes (e.g. a sandbox started for one test case). */
  static RunContext open(LoadedConfig config, RunOptions options, PrintWriter err, EndpointSource source) {
    try {
      return new RunContext(config, options, err, source);
    } catch (RuntimeException e) {
      source.close();
      throw e;
    }
  }

  @Override
  public void close() {
    source.close();
  }

  /** The path rules of the loaded file: its directory, its repository and its opt-in. */
  static dev.tiac.config.paths.ContainedPaths paths(LoadedConfig config) {
    return dev.tiac.config.paths.ContainedPaths.of(config.document().baseDirectory(), config.document().tree());
  }

  StoredStateView stateView() {
    State state = backend.read().orElseGet(() -> State.create(Versions.current(), Optional.of(fingerprinter.keyId())));
    return new StoredStateView(state, fingerprinter);
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
