package dev.tiac.providers;

import dev.tiac.http.DebugLog;
import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpSettings;
import dev.tiac.http.Redactor;
import dev.tiac.http.Secret;
import dev.tiac.http.Sleeper;
import dev.tiac.ldap.LdapSettings;
import dev.tiac.providers.apexcentral.ApexCentralClient;
import dev.tiac.providers.apexcentral.ApexCentralSettings;
import dev.tiac.providers.cas.CasClient;
import dev.tiac.providers.cas.CasRegion;
import dev.tiac.providers.cas.CasSettings;
import dev.tiac.sandbox.SandboxEndpoints;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The real clients pointed at a sandbox's endpoints, trusting its CA through the ordinary extra-CA
 * setting, with a debug log kept in memory so tests can check it for secrets.
 */
public final class SandboxClients {
  private final SandboxEndpoints endpoints;
  private final HttpClients http;
  private final StringWriter log = new StringWriter();

  public SandboxClients(SandboxEndpoints endpoints, HttpSettings settings) {
    this.endpoints = endpoints;
    this.http = new HttpClients(settings.withExtraCaPem(Path.of(endpoints.caFile())),
        DebugLog.to(new PrintWriter(log, true), new Redactor()), Clock.systemUTC(), Sleeper.system());
  }

  /** Default transport settings with short backoffs, so retry tests stay fast. */
  public SandboxClients(SandboxEndpoints endpoints) {
    this(endpoints, HttpSettings.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(50)));
  }

  public HttpClients http() {
    return http;
  }

  public String log() {
    return log.toString();
  }

  public ApexCentralClient apexCentral() {
    SandboxEndpoints.ApexCentral ac = endpoints.apexCentral();
    return new ApexCentralClient(new ApexCentralSettings(URI.create(ac.url()), ac.applicationId(),
        Secret.of(ac.apiKey())), http);
  }

  /** A CAS client in {@code region} using {@code token}, paced at {@code requests} per {@code window}. */
  public CasClient cas(CasRegion region, String token, int requests, Duration window) {
    return new CasClient(new CasSettings(region, Secret.of(token), casUrls(), requests).withPace(requests, window), http);
  }

  /** The first token (it carries every API type) on the tenant's home region. */
  public CasClient cas(int requests, Duration window) {
    return cas(homeRegion(), homeToken(), requests, window);
  }

  public String homeToken() {
    return endpoints.cas().tokens().get(0).token();
  }

  public CasRegion homeRegion() {
    return CasRegion.byKey(endpoints.cas().homeRegion()).orElseThrow();
  }

  public Map<CasRegion, URI> casUrls() {
    Map<CasRegion, URI> urls = new EnumMap<>(CasRegion.class);
    endpoints.cas().urls().forEach((k, v) -> urls.put(CasRegion.byKey(k).orElseThrow(), URI.create(v)));
    return urls;
  }

  /** One call to the sandbox's management API (what an administrator clicks); returns status and body. */
  public Answer console(String method, String path, String json) {
    okhttp3.RequestBody body = json.isEmpty() ? (method.equals("GET") || method.equals("DELETE") ? null
        : okhttp3.RequestBody.create(new byte[0])) : okhttp3.RequestBody.create(json, okhttp3.MediaType.get("application/json"));
    okhttp3.Request request = new okhttp3.Request.Builder().url(endpoints.management().url() + path).method(method, body)
        .header("Authorization", "Bearer " + endpoints.management().token()).build();
    try (okhttp3.Response response = http.client(java.util.List.of()).newCall(request).execute()) {
      return new Answer(response.code(), response.body().string());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A management API answer. */
  public record Answer(int status, String body) {}

  /** LDAPS to the sandbox's directory with its CA as the only extra trust. */
  public LdapSettings ldaps() {
    URI uri = URI.create(endpoints.ldap().ldapsUrl());
    return new LdapSettings(uri.getHost(), uri.getPort(), LdapSettings.Security.LDAPS,
        endpoints.ldap().bindDn(), Secret.of(endpoints.ldap().bindPassword()), endpoints.ldap().baseDn(),
        Optional.of(Path.of(endpoints.caFile())), false);
  }
}
