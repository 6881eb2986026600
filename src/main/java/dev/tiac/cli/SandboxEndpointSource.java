package dev.tiac.cli;

import dev.tiac.app.EndpointSource;
import dev.tiac.app.Run;
import dev.tiac.config.LoadedConfig;
import dev.tiac.config.interpolate.Expression;
import dev.tiac.config.interpolate.Expressions;
import dev.tiac.config.interpolate.Interpolator;
import dev.tiac.config.model.ApexCentral;
import dev.tiac.http.HttpClients;
import dev.tiac.http.Redactor;
import dev.tiac.http.Secret;
import dev.tiac.ldap.LdapSettings;
import dev.tiac.providers.Endpoints;
import dev.tiac.providers.apexcentral.ApexCentralSettings;
import dev.tiac.providers.cas.CasRegion;
import dev.tiac.providers.cas.CasSettings;
import dev.tiac.providers.console.ConsoleKinds;
import dev.tiac.providers.console.ManagedConsoleKinds;
import dev.tiac.providers.console.ManagementClient;
import dev.tiac.providers.console.TokenDelivery;
import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxEndpoints;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.cli.ConsoleExecutor;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --sandbox}: every connection points at the sandbox of this directory — the running
 * {@code tiac sandbox serve} if there is one, otherwise one started in process over the same
 * persisted world. Unset {@code ${env:…}} values get stable sandbox-only stand-ins, so a newcomer
 * needs no credentials, and the simulated licensing portal holds the file's account.
 */
public final class SandboxEndpointSource implements EndpointSource, AutoCloseable {
  private final SandboxEndpoints endpoints;
  private final Optional<Sandbox> inProcess;
  private TokenDelivery delivery;

  private SandboxEndpointSource(SandboxEndpoints endpoints, Optional<Sandbox> inProcess) {
    this.endpoints = endpoints;
    this.inProcess = inProcess;
  }

  public static SandboxEndpointSource find(Path stateDir, PrintWriter err) {
    Optional<JsonNode> running = ConsoleExecutor.running(stateDir);
    if (running.isPresent()) {
      err.println("tiac: using the sandbox served by pid " + running.get().path("pid").asLong());
      return new SandboxEndpointSource(JsonMapper.shared().treeToValue(running.get(), SandboxEndpoints.class), Optional.empty());
    }
    Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(stateDir.toAbsolutePath()));
    return new SandboxEndpointSource(sandbox.endpoints(), Optional.of(sandbox));
  }

  /** Over a sandbox this process started; closing the source stops it. */
  public static SandboxEndpointSource owning(Sandbox sandbox) {
    return new SandboxEndpointSource(sandbox.endpoints(), Optional.of(sandbox));
  }

  /** The real environment, plus a stable stand-in for every variable the file names but the shell lacks. */
  @Override
  public Map<String, String> environment(LoadedConfig config, Map<String, String> real) {
    Map<String, String> env = new HashMap<>(real);
    collect(config.document().tree(), name -> env.computeIfAbsent(name, n -> "sandbox-" + digest(n + endpoints.apexCentral().applicationId())));
    return env;
  }

  @Override
  public Endpoints endpoints(LoadedConfig config, Interpolator values, Redactor redactor) {
    Secret apiKey = register(redactor, endpoints.apexCentral().apiKey());
    ApexCentralSettings apex = new ApexCentralSettings(URI.create(endpoints.apexCentral().url()), endpoints.apexCentral().applicationId(), apiKey);
    Map<CasRegion, URI> urls = new EnumMap<>(CasRegion.class);
    endpoints.cas().urls().forEach((key, url) -> CasRegion.byKey(key).ifPresent(r -> urls.put(r, URI.create(url))));
    SandboxEndpoints.CasToken token = endpoints.cas().tokens().stream().filter(t -> t.name().equals("tiac")).findFirst()
        .orElse(endpoints.cas().tokens().get(0));
    CasRegion home = CasRegion.byKey(endpoints.cas().homeRegion()).orElse(CasRegion.US);
    CasSettings cas = new CasSettings(home, register(redactor, token.token()), urls, 20);
    URI ldaps = URI.create(endpoints.ldap().ldapsUrl());
    LdapSettings ldap = new LdapSettings(ldaps.getHost(), ldaps.getPort(), LdapSettings.Security.LDAPS, endpoints.ldap().bindDn(),
        register(redactor, endpoints.ldap().bindPassword()), endpoints.ldap().baseDn(), Optional.of(Path.of(endpoints.caFile())), false);
    Endpoints.Management management = new Endpoints.Management(URI.create(endpoints.management().url()), register(redactor, endpoints.management().token()));
    return new Endpoints(Optional.of(apex), Optional.of(cas), Optional.of(ldap), Optional.of(management), Optional.of(Path.of(endpoints.caFile())));
  }

  @Override
  public ConsoleKinds consoleKinds(Endpoints resolved, HttpClients clients, LoadedConfig config, java.util.function.Function<dev.tiac.contract.DesiredResource, Map<String, String>> secrets) {
    ManagementClient client = new ManagementClient(resolved.management().orElseThrow(), clients);
    provisionLicensingAccount(client, config, secrets);
    delivery = new TokenDelivery(config.document().baseDirectory(), Run.paths(config), clients.log().redactor());
    return new ManagedConsoleKinds(Optional.of(client), delivery, secrets);
  }

  @Override
  public Optional<TokenDelivery> tokenDelivery() {
    return Optional.ofNullable(delivery);
  }

  /** The simulated licensing portal gets the file's account, as a real tenant already has it. */
  private static void provisionLicensingAccount(ManagementClient client, LoadedConfig config,
      java.util.function.Function<dev.tiac.contract.DesiredResource, Map<String, String>> secrets) {
    Optional<ApexCentral.CloudServiceSettings> wanted = config.state().apexCentral().flatMap(ApexCentral::cloudServiceSettings);
    if (wanted.isEmpty()) {
      return;
    }
    String current = client.console().path("clp_account").path("account").asString("");
    if (current.equalsIgnoreCase(wanted.get().account())) {
      return;
    }
    var css = dev.tiac.plan.desired.DesiredResources.of(config).stream()
        .filter(d -> d.address().kind() == dev.tiac.contract.ResourceKind.CLOUD_SERVICE_SETTINGS).findFirst().orElseThrow();
    var body = ManagementClient.object().put("account", wanted.get().account()).put("password", secrets.apply(css).getOrDefault("password", ""));
    var licences = body.putArray("licences");
    licences.addObject().put("product", "Cloud App Security").put("expires", "2027-12-31");
    licences.addObject().put("product", "Apex One as a Service: Endpoint Sensor").put("expires", "2027-12-31");
    client.send("PUT", "/v1/clp/account", Optional.of(body));
  }

  private static Secret register(Redactor redactor, String value) {
    Secret secret = Secret.of(value);
    redactor.register(secret);
    return secret;
  }

  private static void collect(JsonNode node, java.util.function.Consumer<String> names) {
    if (node.isObject()) {
      node.properties().forEach(e -> collect(e.getValue(), names));
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, names));
    } else if (node.isString()) {
      for (Expression e : Expressions.parse(node.asString()).expressions()) {
        if (e.kind() == Expression.Kind.ENV) {
          names.accept(e.argument());
        }
      }
    }
  }

  private static String digest(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    inProcess.ifPresent(Sandbox::close);
  }
}
