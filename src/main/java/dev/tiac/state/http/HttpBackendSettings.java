package dev.tiac.state.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the HTTP state backend, named as in Terraform's http backend block.
 *
 * @param address where the state is read (GET) and stored (POST)
 * @param lockAddress where {@code lockMethod} takes the lock
 * @param unlockAddress where {@code unlockMethod} releases it
 * @param password basic-auth password; a secret, never shown by {@link #toString()}
 */
public record HttpBackendSettings(
    URI address,
    URI lockAddress,
    URI unlockAddress,
    String lockMethod,
    String unlockMethod,
    Optional<String> username,
    Optional<String> password,
    Duration timeout) {

  public HttpBackendSettings {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(lockAddress, "lockAddress");
    Objects.requireNonNull(unlockAddress, "unlockAddress");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    for (URI uri : new URI[] {address, lockAddress, unlockAddress}) {
      if (uri.getUserInfo() != null) {
        throw new IllegalArgumentException("put the credentials in username and password, not in the"
            + " address " + redact(uri));
      }
    }
    if (password.isPresent() && username.isEmpty()) {
      throw new IllegalArgumentException("a password for the state backend needs a username");
    }
    if (lockMethod.isBlank() || unlockMethod.isBlank() || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("lock and unlock methods must be named and the timeout positive");
    }
  }

  /** Terraform's defaults: LOCK and UNLOCK on the given addresses, no credentials, 30s timeout. */
  public static HttpBackendSettings of(URI address, URI lockAddress) {
    return new HttpBackendSettings(address, lockAddress, lockAddress, "LOCK", "UNLOCK",
        Optional.empty(), Optional.empty(), Duration.ofSeconds(30));
  }

  public HttpBackendSettings withBasicAuth(String user, String secret) {
    return new HttpBackendSettings(address, lockAddress, unlockAddress, lockMethod, unlockMethod,
        Optional.of(user), Optional.of(secret), timeout);
  }

  public HttpBackendSettings withMethods(String lock, String unlock) {
    return new HttpBackendSettings(address, lockAddress, unlockAddress, lock, unlock, username, password, timeout);
  }

  @Override
  public String toString() {
    return "HttpBackendSettings[address=" + address + ", lockAddress=" + lockAddress
        + ", unlockAddress=" + unlockAddress + ", lockMethod=" + lockMethod + ", unlockMethod="
        + unlockMethod + ", username=" + username.orElse("(none)") + ", password="
        + (password.isPresent() ? "(redacted)" : "(none)") + ", timeout=" + timeout + "]";
  }

  public static String redact(URI uri) {
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
        + Optional.ofNullable(uri.getRawPath()).orElse("");
  }
}
