package dev.tiac.app;

import dev.tiac.config.LoadedConfig;
import dev.tiac.config.interpolate.Interpolator;
import dev.tiac.contract.DesiredResource;
import dev.tiac.http.HttpClients;
import dev.tiac.http.Redactor;
import dev.tiac.providers.Endpoints;
import dev.tiac.providers.EndpointsFromConfig;
import dev.tiac.providers.console.ConsoleKinds;
import dev.tiac.providers.console.ManagedConsoleKinds;
import dev.tiac.providers.console.TokenDelivery;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Where a run's endpoints come from: the file's connections, or a sandbox (which the CLI supplies). */
public interface EndpointSource extends AutoCloseable {
  Endpoints endpoints(LoadedConfig config, Interpolator values, Redactor redactor);

  /** The environment {@code ${env:…}} values are read from. */
  default Map<String, String> environment(LoadedConfig config, Map<String, String> real) {
    return real;
  }

  /** The consoles beyond their public APIs: a real tenant offers no management API. */
  default ConsoleKinds consoleKinds(Endpoints endpoints, HttpClients clients, LoadedConfig config,
      Function<DesiredResource, Map<String, String>> secrets) {
    return new ManagedConsoleKinds(Optional.empty(), new TokenDelivery(config.document().baseDirectory(), Run.paths(config), new Redactor()), secrets);
  }

  /** Where generated tokens are delivered, once {@link #consoleKinds} made it. */
  default Optional<TokenDelivery> tokenDelivery() {
    return Optional.empty();
  }

  @Override
  default void close() {}

  /** The file's own connections. */
  EndpointSource FROM_CONFIG = new EndpointSource() {
    @Override
    public Endpoints endpoints(LoadedConfig config, Interpolator values, Redactor redactor) {
      return EndpointsFromConfig.resolve(config.state(), values, config.document().baseDirectory(), redactor);
    }
  };
}
