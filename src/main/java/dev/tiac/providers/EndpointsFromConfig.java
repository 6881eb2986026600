package dev.tiac.providers;

import dev.tiac.config.interpolate.Interpolator;
import dev.tiac.config.model.Connections;
import dev.tiac.config.model.DesiredState;
import dev.tiac.http.Redactor;
import dev.tiac.http.Secret;
import dev.tiac.ldap.LdapSettings;
import dev.tiac.providers.apexcentral.ApexCentralSettings;
import dev.tiac.providers.cas.CasRegion;
import dev.tiac.providers.cas.CasSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the file's connections against a real tenant. Every secret it reads is registered with
 * the redactor before anything can log it.
 */
public final class EndpointsFromConfig {
  private EndpointsFromConfig() {}

  public static Endpoints resolve(DesiredState state, Interpolator values, Path baseDirectory, Redactor redactor) {
    Optional<Connections> connections = state.connections();
    Optional<ApexCentralSettings> apex = connections.flatMap(Connections::apexCentral).map(c -> new ApexCentralSettings(
        URI.create(values.resolve(c.url())), values.resolve(c.applicationId()), secret(values.resolve(c.apiKey()), redactor)));
    Optional<CasSettings> cas = connections.flatMap(Connections::cloudAppSecurity).map(c -> {
      Secret token = secret(values.resolve(c.token()), redactor);
      int pace = c.requestsPerMinute().orElse(20);
      if (c.url().isPresent()) {
        Map<CasRegion, URI> only = new EnumMap<>(CasRegion.class);
        for (CasRegion r : CasRegion.values()) {
          only.put(r, URI.create(values.resolve(c.url().get())));
        }
        return new CasSettings(CasRegion.US, token, only, pace);
      }
      CasRegion region = CasRegion.byKey(c.region().orElse("us")).orElseThrow();
      CasSettings real = CasSettings.of(region, token);
      return new CasSettings(region, token, real.endpoints(), pace);
    });
    Optional<LdapSettings> directory = connections.flatMap(Connections::activeDirectory).map(d -> {
      URI url = URI.create(values.resolve(d.url()));
      boolean ldaps = "ldaps".equals(url.getScheme());
      LdapSettings.Security security = ldaps ? LdapSettings.Security.LDAPS
          : d.startTls().orElse(false) ? LdapSettings.Security.STARTTLS : LdapSettings.Security.PLAINTEXT;
      int port = url.getPort() > 0 ? url.getPort() : ldaps ? 636 : 389;
      return new LdapSettings(url.getHost(), port, security, values.resolve(d.bindDn()), secret(values.resolve(d.password()), redactor),
          values.resolve(d.baseDn()), d.caFile().map(baseDirectory::resolve), d.allowPlaintextBind().orElse(false));
    });
    Optional<Path> ca = connections.flatMap(Connections::apexCentral).flatMap(Connections.ApexCentralConnection::caFile)
        .or(() -> connections.flatMap(Connections::cloudAppSecurity).flatMap(Connections.CasConnection::caFile))
        .map(baseDirectory::resolve);
    return new Endpoints(apex, cas, directory, Optional.empty(), ca);
  }

  private static Secret secret(String value, Redactor redactor) {
    Secret secret = Secret.of(value);
    redactor.register(secret);
    return secret;
  }
}
