package dev.tiac.query.source;

import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import dev.tiac.config.interpolate.Interpolator;
import dev.tiac.config.model.Connections;
import dev.tiac.http.Secret;
import dev.tiac.http.TrustMaterial;
import dev.tiac.ldap.LdapSettings;
import dev.tiac.providers.apexcentral.ApexCentralSettings;
import dev.tiac.providers.cas.CasRegion;
import dev.tiac.providers.cas.CasSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The three connections a query needs, read from the file's {@code connections} with every
 * credential resolved at run time. The directory connection is opened the way
 * {@code dev.tiac.ldap.DirectoryClient} opens its own (host-name verified TLS, no plaintext
 * fallback) because the engine searches by sAMAccountName too, which that client does not offer.
 */
public record FileConnections(CasSettings cas, ApexCentralSettings apexCentral, LdapSettings directory) {
  /** CAS allows 20 a minute; one less leaves room for a clock that runs slightly apart from theirs. */
  static final int DEFAULT_CAS_PACE = 19;

  public static FileConnections of(Connections c, Interpolator resolve, Path baseDirectory) {
    var casConnection = c.cloudAppSecurity().orElseThrow(() -> missing("cloudAppSecurity"));
    var apexConnection = c.apexCentral().orElseThrow(() -> missing("apexCentral"));
    var ad = c.activeDirectory().orElseThrow(() -> missing("activeDirectory"));
    Secret token = Secret.of(resolve.resolve(casConnection.token()));
    int pace = casConnection.requestsPerMinute().orElse(DEFAULT_CAS_PACE);
    CasSettings cas = casConnection.url().map(u -> {
      Map<CasRegion, URI> endpoints = new EnumMap<>(CasRegion.class);
      endpoints.put(CasRegion.US, URI.create(u));
      return new CasSettings(CasRegion.US, token, endpoints, pace);
    }).orElseGet(() -> {
      CasSettings real = CasSettings.of(region(casConnection.region().orElse("us")), token);
      return new CasSettings(real.region(), token, real.endpoints(), pace);
    });
    ApexCentralSettings apex = new ApexCentralSettings(URI.create(apexConnection.url()),
        resolve.resolve(apexConnection.applicationId()), Secret.of(resolve.resolve(apexConnection.apiKey())));
    URI url = URI.create(ad.url());
    boolean ldaps = "ldaps".equals(url.getScheme());
    LdapSettings.Security security = ldaps ? LdapSettings.Security.LDAPS
        : ad.startTls().orElse(false) ? LdapSettings.Security.STARTTLS : LdapSettings.Security.PLAINTEXT;
    LdapSettings directory = new LdapSettings(url.getHost(), url.getPort() > 0 ? url.getPort() : ldaps ? 636 : 389,
        security, resolve.resolve(ad.bindDn()), Secret.of(resolve.resolve(ad.password())), ad.baseDn(),
        ad.caFile().map(baseDirectory::resolve), ad.allowPlaintextBind().orElse(false));
    return new FileConnections(cas, apex, directory);
  }

  /** Connects and binds; TLS verifies chain and host name, and a refused StartTLS stops here. */
  public static LDAPConnection connect(LdapSettings settings) throws LDAPException {
    LDAPConnectionOptions options = new LDAPConnectionOptions();
    options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
    options.setConnectTimeoutMillis(10_000);
    options.setResponseTimeoutMillis(60_000);
    TrustMaterial trust = TrustMaterial.load(settings.caPem());
    LDAPConnection connection = settings.security() == LdapSettings.Security.LDAPS
        ? new LDAPConnection(trust.socketFactory(), options, settings.host(), settings.port())
        : new LDAPConnection(options, settings.host(), settings.port());
    try {
      if (settings.security() == LdapSettings.Security.STARTTLS) {
        ExtendedResult tls = connection.processExtendedOperation(new StartTLSExtendedRequest(trust.sslContext()));
        if (tls.getResultCode() != ResultCode.SUCCESS) {
          throw new LDAPException(tls.getResultCode(), "StartTLS was refused; not continuing without encryption");
        }
      }
      connection.bind(settings.bindDn(), settings.password().reveal());
      return connection;
    } catch (LDAPException e) {
      connection.close();
      throw e;
    }
  }

  private static CasRegion region(String code) {
    return switch (code) {
      case "eu" -> CasRegion.EU;
      case "jp" -> CasRegion.JAPAN;
      case "au" -> CasRegion.AUSTRALIA;
      case "uk" -> CasRegion.UK;
      case "ca" -> CasRegion.CANADA;
      case "sg" -> CasRegion.SINGAPORE;
      case "in" -> CasRegion.INDIA;
      default -> CasRegion.US;
    };
  }

  private static IllegalArgumentException missing(String connection) {
    return new IllegalArgumentException("tiac query needs connections." + connection + " in the file");
  }
}
