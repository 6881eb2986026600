package dev.tiac.app;

import com.unboundid.ldap.sdk.LDAPException;
import dev.tiac.ldap.DirectoryClient;
import dev.tiac.ldap.LdapSettings;
import dev.tiac.providers.Endpoints;
import dev.tiac.query.source.QuerySources;
import dev.tiac.query.source.ServiceConnections;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;

/**
 * A query run's sources, opened over a {@link Run}'s endpoints (the file's connections, or
 * the sandbox with {@code --sandbox}) and closed with it: the directory connection, then the run.
 * {@code waits} is where the sources' waits and page counts go, when the run has such a relay.
 */
public record QuerySession(QuerySources sources, Runnable release, Optional<WaitRelay> waits) implements AutoCloseable {
  /** For tests: sources that hold nothing open. */
  public static QuerySession of(QuerySources sources) {
    return new QuerySession(sources, () -> {}, Optional.empty());
  }

  /** Takes ownership of {@code run}: it is closed with the session, or at once when opening fails. */
  public static QuerySession open(Run run, Clock clock, PrintWriter err) {
    try {
      Endpoints e = run.endpoints();
      var cas = e.cas().orElseThrow(() -> missing("cloudAppSecurity"));
      var apex = e.apexCentral().orElseThrow(() -> missing("apexCentral"));
      LdapSettings ldap = e.directory().orElseThrow(() -> missing("activeDirectory"));
      DirectoryClient directory = connect(ldap);
      // The run's own transport settings: its trust, call timeout, wait notices and deadline.
      QuerySources sources = ServiceConnections.open(cas, apex, directory, run.clients().settings(), run.redactor(), clock,
          run.settings().debug() ? Optional.of(err) : Optional.empty(), run.clients().waits(), run.clients().deadline());
      return new QuerySession(sources, () -> {
        directory.close();
        run.close();
      }, Optional.of(run.waits()));
    } catch (RuntimeException ex) {
      run.close();
      throw ex;
    }
  }

  private static DirectoryClient connect(LdapSettings ldap) {
    try {
      return DirectoryClient.connect(ldap);
    } catch (LDAPException ex) {
      throw new IllegalStateException("cannot reach the directory at " + ldap.host() + ":" + ldap.port() + ": "
          + ex.getResultCode() + " " + Optional.ofNullable(ex.getDiagnosticMessage()).orElse(""), ex);
    }
  }

  private static IllegalArgumentException missing(String connection) {
    return new IllegalArgumentException("tiac query needs connections." + connection + " in the file (or --sandbox)");
  }

  @Override
  public void close() {
    release.run();
  }
}
