package dev.tiac.query;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.LDAPConnection;
import dev.tiac.config.model.Investigation;
import dev.tiac.http.HttpSettings;
import dev.tiac.http.Secret;
import dev.tiac.providers.apexcentral.ApexCentralSettings;
import dev.tiac.providers.cas.CasRegion;
import dev.tiac.providers.cas.CasSettings;
import dev.tiac.query.source.QuerySources;
import dev.tiac.query.source.ServiceConnections;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;

/**
 * The fixture world served the way the real services answer: CAS and Apex Central over HTTP on
 * loopback, Active Directory from an in-memory LDAP server; each server counts what it received.
 */
final class Harness implements AutoCloseable {
  static final String BASE = "DC=corp,DC=acme,DC=example";
  static final Clock CLOCK = Clock.fixed(FixtureWorld.NOW, ZoneOffset.UTC);

  final FixtureWorld world;
  final FakeCas cas;
  final FakeApex apex;
  final MockWebServer casServer = new MockWebServer();
  final MockWebServer apexServer = new MockWebServer();
  final InMemoryDirectoryServer directory;
  final AtomicInteger ldapSearches = new AtomicInteger();
  final LDAPConnection connection;
  final QuerySources sources;

  Harness(FixtureWorld world) throws Exception {
    this(world, 1000);
  }

  Harness(FixtureWorld world, int casPerMinute) throws Exception {
    this.world = world;
    this.cas = new FakeCas(world);
    this.apex = new FakeApex(world);
    casServer.setDispatcher(cas);
    apexServer.setDispatcher(apex);
    casServer.start();
    apexServer.start();
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
    config.setSchema(null);
    config.addInMemoryOperationInterceptor(new InMemoryOperationInterceptor() {
      @Override
      public void processSearchRequest(InMemoryInterceptedSearchRequest request) {
        ldapSearches.incrementAndGet();
      }
    });
    directory = new InMemoryDirectoryServer(config);
    directory.add("dn: " + BASE, "objectClass: domain", "dc: corp");
    directory.add("dn: OU=People," + BASE, "objectClass: organizationalUnit", "ou: People");
    for (FixtureWorld.User u : world.users) {
      List<String> attrs = new ArrayList<>(List.of("objectClass: user", "cn: " + u.displayName(),
          "sAMAccountName: " + u.sam(), "mail: " + u.mail(), "userPrincipalName: " + u.upn(),
          "displayName: " + u.displayName(), "department: " + u.department()));
      if (!u.manager().isEmpty()) {
        attrs.add("manager: " + u.manager());
      }
      u.groups().forEach(g -> attrs.add("memberOf: " + g));
      attrs.add(0, "dn: CN=" + u.displayName() + ",OU=People," + BASE);
      directory.add(attrs.toArray(new String[0]));
    }
    directory.startListening();
    connection = directory.getConnection();
    ldapSearches.set(0);
    sources = ServiceConnections.open(
        new CasSettings(CasRegion.US, Secret.of("cas-token-for-tests-0123456789"),
            Map.of(CasRegion.US, casServer.url("/").uri()), casPerMinute),
        new ApexCentralSettings(URI.create(apexServer.url("/").toString().replaceAll("/$", "")),
            "app-id", Secret.of("apex-key-for-tests")),
        dev.tiac.ldap.DirectoryClient.over(connection, BASE),
        HttpSettings.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)), new dev.tiac.http.Redactor(), CLOCK, Optional.empty());
  }

  QueryEngine engine() {
    return new QueryEngine(sources, Setup.unknown());
  }

  static Query email(Investigation.Email email, Investigation.AlertWhen alert) {
    return query(new Investigation.From(Optional.of(email), Optional.empty(), Optional.empty(), Optional.empty()), alert);
  }

  static Query query(Investigation.From from, Investigation.AlertWhen alert) {
    return Queries.of(new Investigation("q", Optional.empty(), Optional.of(Investigation.Severity.high),
        Optional.of(new Investigation.Window(Optional.of(7), Optional.empty(), Optional.empty())), from,
        List.of(), List.of(), Optional.of(alert), Optional.empty(),
        Optional.of(new Investigation.Respond(Optional.of(true), Optional.of(true), Optional.of(Investigation.ScanAction.block)))), CLOCK);
  }

  static Investigation.Email subjectAndExtension(String subject, String extension) {
    Optional<String> none = Optional.empty();
    return new Investigation.Email(none, none, Optional.of(subject), none, none, none, Optional.of(extension),
        none, none, none, none, none, none);
  }

  static Investigation.Email senderDomain(String domain) {
    Optional<String> none = Optional.empty();
    return new Investigation.Email(none, Optional.of(domain), none, none, none, none, none,
        none, none, none, none, none, none);
  }

  static Investigation.From user(String mail) {
    return new Investigation.From(Optional.empty(), Optional.of(new Investigation.User(Optional.empty(), Optional.of(mail), Optional.empty())), Optional.empty(), Optional.empty());
  }

  static Investigation.From endpoint(Optional<String> host, Optional<String> ip) {
    return new Investigation.From(Optional.empty(), Optional.empty(), Optional.of(new Investigation.Endpoint(host, ip)), Optional.empty());
  }

  static Investigation.From indicator(Optional<String> sha1, Optional<String> domain) {
    return new Investigation.From(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(new Investigation.Indicator(sha1, Optional.empty(), domain, Optional.empty(), Optional.empty())));
  }

  @Override
  public void close() throws IOException {
    connection.close();
    directory.shutDown(true);
    casServer.close();
    apexServer.close();
  }
}
