package dev.tiac.query;

import dev.tiac.config.model.Investigation;
import dev.tiac.http.HttpSettings;
import dev.tiac.http.Redactor;
import dev.tiac.http.Secret;
import dev.tiac.ldap.DirectoryClient;
import dev.tiac.ldap.LdapSettings;
import dev.tiac.providers.apexcentral.ApexCentralSettings;
import dev.tiac.providers.cas.CasRegion;
import dev.tiac.providers.cas.CasSettings;
import dev.tiac.query.source.QuerySources;
import dev.tiac.query.source.ServiceConnections;
import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxEndpoints;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.console.CasConsole;
import dev.tiac.sandbox.console.CasPolicy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-process sandbox and query sources over its real APIs (CAS sweep, Apex Central, LDAPS with
 * the sandbox CA), set up through the console as an applied file leaves it.
 */
final class SandboxWorld implements AutoCloseable {
  static final Clock CLOCK = Clock.systemUTC();

  final Sandbox sandbox;
  final SandboxEndpoints endpoints;
  private DirectoryClient directory;

  SandboxWorld(SandboxOptions options) {
    this.sandbox = Sandbox.start(options.withPersist(false));
    this.endpoints = sandbox.endpoints();
  }

  static SandboxWorld start(Path dir) {
    return new SandboxWorld(SandboxOptions.defaults(dir));
  }

  /** Exchange Online added and ATP ON: what {@code tiac apply} does for the acme sample. */
  SandboxWorld applied() {
    sandbox.console().cas().addServiceAccount(CasConsole.EXCHANGE_ONLINE);
    sandbox.console().cas().setPolicy(CasPolicy.ATP, true);
    return this;
  }

  CasSettings cas() {
    Map<CasRegion, URI> urls = new EnumMap<>(CasRegion.class);
    endpoints.cas().urls().forEach((k, u) -> CasRegion.byKey(k).ifPresent(r -> urls.put(r, URI.create(u))));
    SandboxEndpoints.CasToken token = endpoints.cas().tokens().stream().filter(t -> t.name().equals("tiac")).findFirst().orElseThrow();
    return new CasSettings(CasRegion.byKey(endpoints.cas().homeRegion()).orElseThrow(), Secret.of(token.token()), urls, 20);
  }

  ApexCentralSettings apexCentral() {
    return new ApexCentralSettings(URI.create(endpoints.apexCentral().url()), endpoints.apexCentral().applicationId(),
        Secret.of(endpoints.apexCentral().apiKey()));
  }

  QuerySources sources() throws Exception {
    return sources(apexCentral());
  }

  /** Sources with Apex Central answered elsewhere (a refusing Endpoint Sensor). */
  QuerySources sources(ApexCentralSettings apex) throws Exception {
    URI ldaps = URI.create(endpoints.ldap().ldapsUrl());
    directory = DirectoryClient.connect(new LdapSettings(ldaps.getHost(), ldaps.getPort(), LdapSettings.Security.LDAPS,
        endpoints.ldap().bindDn(), Secret.of(endpoints.ldap().bindPassword()), endpoints.ldap().baseDn(),
        Optional.of(Path.of(endpoints.caFile())), false));
    return ServiceConnections.open(cas(), apex, directory, HttpSettings.defaults().withExtraCaPem(Path.of(endpoints.caFile())),
        new Redactor(), CLOCK, Optional.empty());
  }

  static Query query(Investigation.From from, Investigation.AlertWhen alert) {
    return Queries.of(new Investigation("q", Optional.empty(), Optional.of(Investigation.Severity.high),
        Optional.of(new Investigation.Window(Optional.of(7), Optional.empty(), Optional.empty())), from,
        List.of(), List.of(), Optional.of(alert), Optional.empty(), Optional.empty()), CLOCK);
  }

  static Investigation.From email(Optional<String> senderDomain, Optional<String> subject, Optional<String> attachmentName) {
    Optional<String> none = Optional.empty();
    return new Investigation.From(Optional.of(new Investigation.Email(none, senderDomain, subject, none, none, attachmentName,
        none, none, none, none, none, none, none)), none(), none(), none());
  }

  static Investigation.From user(String sam) {
    return new Investigation.From(none(), Optional.of(new Investigation.User(Optional.of(sam), Optional.empty(), Optional.empty())), none(), none());
  }

  static Investigation.From endpoint(String host) {
    return new Investigation.From(none(), none(), Optional.of(new Investigation.Endpoint(Optional.of(host), Optional.empty())), none());
  }

  static Investigation.From indicator(Optional<String> sha1, Optional<String> domain) {
    return new Investigation.From(none(), none(), none(),
        Optional.of(new Investigation.Indicator(sha1, Optional.empty(), domain, Optional.empty(), Optional.empty())));
  }

  private static <T> Optional<T> none() {
    return Optional.empty();
  }

  @Override
  public void close() {
    if (directory != null) {
      directory.close();
    }
    sandbox.close();
  }
}
