package dev.tiac.query.source;

import dev.tiac.http.DebugLog;
import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpSettings;
import dev.tiac.http.Redactor;
import dev.tiac.http.RunDeadline;
import dev.tiac.http.Sleeper;
import dev.tiac.http.WaitListener;
import dev.tiac.ldap.DirectoryClient;
import dev.tiac.providers.apexcentral.ApexCentralClient;
import dev.tiac.providers.apexcentral.ApexCentralSettings;
import dev.tiac.providers.cas.CasClient;
import dev.tiac.providers.cas.CasSettings;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link QuerySources} over the real clients. This is the one seam for where the services
 * are: a real tenant's settings come from the file's connections; a sandbox passes its loopback URLs
 * and credentials here and everything else is the same code.
 */
public final class ServiceConnections {
  /** Historical investigations on a large tenant take minutes; past this the query fails, never hangs. */
  public static final Duration INVESTIGATION_TIMEOUT = Duration.ofMinutes(15);

  private ServiceConnections() {}

  public static QuerySources open(CasSettings cas, ApexCentralSettings apex, DirectoryClient directory,
      HttpSettings http, Redactor redactor, Clock clock, Optional<PrintWriter> debug) {
    return open(cas, apex, directory, http, redactor, clock, debug, WaitListener.NONE, RunDeadline.none());
  }

  /** As above, with the run's wait notices and deadline (the CLI's stderr and {@code --timeout}). */
  public static QuerySources open(CasSettings cas, ApexCentralSettings apex, DirectoryClient directory,
      HttpSettings http, Redactor redactor, Clock clock, Optional<PrintWriter> debug, WaitListener waits,
      RunDeadline deadline) {
    CallTally tally = new CallTally(Map.of(Service.CLOUD_APP_SECURITY, cas.baseUrl(),
        Service.APEX_CENTRAL, apex.baseUrl()), debug);
    // The debug log is always on, into the tally: it is where every attempt of every client is seen.
    HttpClients clients = new HttpClients(http, DebugLog.to(tally.writer(), redactor),
        Clock.systemUTC(), Sleeper.system(), waits, deadline);
    CasClient casClient = new CasClient(cas, clients);
    ApexCentralClient apexClient = new ApexCentralClient(apex, clients);
    return new QuerySources(new CasMailSource(casClient), new LdapDirectorySource(directory, tally),
        new ApexEndpointSensorSource(apexClient, clock, INVESTIGATION_TIMEOUT),
        new ClientResponder(apexClient, casClient), tally);
  }
}
