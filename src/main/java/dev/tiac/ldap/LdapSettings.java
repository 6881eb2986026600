package dev.tiac.ldap;

import dev.tiac.http.Secret;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One directory connection. Plaintext is refused unless {@code allowPlaintext} is set, which
 * the desired-state file may do only for a lab.
 */
public record LdapSettings(String host, int port, Security security, String bindDn,
    Secret password, String baseDn, Optional<Path> caPem, boolean allowPlaintext) {

  public enum Security { LDAPS, STARTTLS, PLAINTEXT }

  public LdapSettings {
    Objects.requireNonNull(host);
    Objects.requireNonNull(security);
    Objects.requireNonNull(bindDn);
    Objects.requireNonNull(password);
    Objects.requireNonNull(baseDn);
    Objects.requireNonNull(caPem);
    if (security == Security.PLAINTEXT && !allowPlaintext) {
      throw new IllegalArgumentException("plaintext LDAP would send the bind password in the "
          + "clear; use LDAPS or StartTLS, or allow plaintext explicitly for a lab");
    }
  }

  /** The warning a run prints once when the file allows the bind password to travel in clear. */
  public Optional<String> plaintextWarning() {
    return security == Security.PLAINTEXT
        ? Optional.of("tiac: warning: allowPlaintextBind is set: the bind password of " + bindDn + " goes to ldap://" + host + ":"
            + port + " unencrypted, readable by anyone on the network path; use LDAPS or StartTLS outside a lab")
        : Optional.empty();
  }
}
