package dev.tiac.cli;

import dev.tiac.state.LocalStateBackend;
import dev.tiac.state.StateBackend;
import dev.tiac.state.StateKey;
import dev.tiac.state.http.HttpBackendSettings;
import dev.tiac.state.http.HttpStateBackend;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Where a run keeps its state: the state dir, or with {@code --backend-url} a remote backend
 * speaking Terraform's HTTP backend protocol. The backend's password is read from the environment
 * only, never from a flag, so it shows in no process list and no shell history.
 */
final class StateBackends {
  static final String PASSWORD_VARIABLE = "TIAC_BACKEND_PASSWORD";

  /** Where a {@code --sandbox} run keeps its local state, inside the sandbox's own directory. */
  static final String SANDBOX_STATE = "tiac-state";

  private StateBackends() {}

  /**
   * The directory of a run's local state: the state dir, or for a {@code --sandbox} run a directory
   * of the sandbox's own, so the walk-through never leaves records a run against a real tenant
   * would pick up, and {@code tiac sandbox reset} forgets them with the world they describe.
   */
  static java.nio.file.Path home(java.nio.file.Path stateDir, boolean sandbox, BackendOptions backend) {
    return sandbox && backend.backendUrl.isEmpty() ? sandboxHome(stateDir) : stateDir;
  }

  static java.nio.file.Path sandboxHome(java.nio.file.Path stateDir) {
    return stateDir.resolve("sandbox").resolve(SANDBOX_STATE);
  }

  static StateBackend choose(java.nio.file.Path stateDir, BackendOptions options, Map<String, String> environment, PrintWriter err) {
    if (options.backendUrl.isEmpty()) {
      if (options.backendLockUrl.isPresent() || options.backendUser.isPresent()) {
        throw new IllegalArgumentException("--backend-lock-url and --backend-user need --backend-url");
      }
      return new LocalStateBackend(stateDir);
    }
    HttpBackendSettings settings = settings(options, environment);
    if ("http".equalsIgnoreCase(settings.address().getScheme()) && settings.username().isPresent()) {
      err.println("tiac: warning: --backend-url " + HttpBackendSettings.redact(settings.address()) + " is plain http: the backend"
          + " password of " + settings.username().get() + " and the state go unencrypted; use https outside a test");
    }
    if (Optional.ofNullable(environment.get(StateKey.ENV_VARIABLE)).filter(v -> !v.isBlank()).isEmpty()) {
      err.println("tiac: warning: the state is remote but its key is the local " + stateDir.resolve(StateKey.KEY_FILE)
          + "; on runners that share no disk set " + StateKey.ENV_VARIABLE + " (base64 of 32 random bytes) from a CI secret");
    }
    return new HttpStateBackend(settings);
  }

  static HttpBackendSettings settings(BackendOptions options, Map<String, String> environment) {
    URI address = options.backendUrl.orElseThrow();
    URI lock = options.backendLockUrl.orElseGet(() -> URI.create(address.toString().replaceAll("/+$", "") + "/lock"));
    HttpBackendSettings settings = HttpBackendSettings.of(address, lock);
    Optional<String> password = Optional.ofNullable(environment.get(PASSWORD_VARIABLE)).filter(p -> !p.isEmpty());
    if (password.isPresent() && options.backendUser.isEmpty()) {
      throw new IllegalArgumentException(PASSWORD_VARIABLE + " is set but --backend-user is not: the remote backend needs both for basic auth");
    }
    return options.backendUser.map(user -> settings.withBasicAuth(user, password.orElseThrow(() -> new IllegalArgumentException(
        "--backend-user " + user + " needs its password in the " + PASSWORD_VARIABLE + " environment variable")))).orElse(settings);
  }
}
