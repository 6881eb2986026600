package dev.tiac.sandbox.console;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Apex Central console screens without an API: Cloud Service Settings (single owner), Active
 * Directory synchronization (latest tool wins), and each endpoint's default email client.
 */
public final class ApexCentralConsoleOps {
  private static final String MIN_DOT_NET = "4.6.1";
  private final Console console;

  ApexCentralConsoleOps(Console console) {
    this.console = console;
  }

  /**
   * Registers the licensing account's cloud services to {@code apexCentralId} (this sandbox's Apex
   * Central when empty). Any earlier owner stops receiving log data: it is simply no longer the owner.
   */
  public CloudServiceSettings registerCloudServices(Optional<String> apexCentralId, String account, String password) {
    return console.update(s -> {
      ClpAccount clp = s.clp();
      if (!clp.account().equalsIgnoreCase(account) || !clp.password().equals(password)) {
        throw Console.invalid("the Customer Licensing Portal rejected the account or password");
      }
      if (!clp.hasLicence(Licence.CLOUD_APP_SECURITY)) {
        throw Console.conflict("the licensing account does not include Cloud App Security");
      }
      CloudServiceSettings next = new CloudServiceSettings(Optional.of(apexCentralId.orElse(s.apexCentralId())),
          Optional.of(clp.account()), Optional.of(console.clock().instant()));
      return with(s, next, s.adSync(), s.emailClients(), s.clp());
    }).cloudServices();
  }

  public CloudServiceSettings unregisterCloudServices() {
    return console.update(s -> {
      if (!s.cloudServices().owner().equals(Optional.of(s.apexCentralId()))) {
        throw Console.conflict("this Apex Central does not own the cloud services registration");
      }
      return with(s, CloudServiceSettings.NONE, s.adSync(), s.emailClients(), s.clp());
    }).cloudServices();
  }

  /** Whether this sandbox's Apex Central currently owns the registration. */
  public boolean ownsCloudServices() {
    ConsoleState s = console.state();
    return s.cloudServices().owner().equals(Optional.of(s.apexCentralId()));
  }

  public ClpAccount setClpAccount(String account, String password, List<Licence> licences) {
    return console.update(s -> with(s, s.cloudServices(), s.adSync(), s.emailClients(), new ClpAccount(account, password, licences))).clp();
  }

  /** The licensing portal's licence screen: sets a product's seats and expiry, adding it when missing. */
  public ClpAccount setLicence(String product, int seats, String expires) {
    String name = Licence.product(product).orElseThrow(() -> Console.invalid("unknown product " + product + ": cloudAppSecurity or endpointSensor"));
    if (seats < 0) {
      throw Console.invalid("seats must be 0 or more");
    }
    try {
      java.time.LocalDate.parse(expires);
    } catch (java.time.format.DateTimeParseException e) {
      throw Console.invalid("expires must be a date such as 2027-06-30");
    }
    return console.update(s -> {
      List<Licence> licences = new ArrayList<>(s.clp().licences().stream().filter(l -> !l.product().equalsIgnoreCase(name)).toList());
      licences.add(new Licence(name, expires, seats));
      return with(s, s.cloudServices(), s.adSync(), s.emailClients(), new ClpAccount(s.clp().account(), s.clp().password(), licences));
    }).clp();
  }

  /** Removes a product's licence from the account: its services stop answering. */
  public ClpAccount removeLicence(String product) {
    String name = Licence.product(product).orElseThrow(() -> Console.invalid("unknown product " + product + ": cloudAppSecurity or endpointSensor"));
    return console.update(s -> {
      if (!s.clp().hasLicence(name)) {
        throw Console.notFound("the licensing account has no " + name + " licence");
      }
      List<Licence> licences = s.clp().licences().stream().filter(l -> !l.product().equalsIgnoreCase(name)).toList();
      return with(s, s.cloudServices(), s.adSync(), s.emailClients(), new ClpAccount(s.clp().account(), s.clp().password(), licences));
    }).clp();
  }

  public AdSync setAdSync(boolean enabled) {
    return console.update(s -> with(s, s.cloudServices(), new AdSync(enabled, s.adSync().tools()), s.emailClients(), s.clp())).adSync();
  }

  /** Issues a new tool for {@code adServer}; every earlier tool is deactivated. */
  public SyncTool issueSyncTool(String adServer) {
    ConsoleState after = console.update(s -> {
      if (!s.adSync().enabled()) {
        throw Console.conflict("enable Active Directory synchronization before downloading the tool");
      }
      int generation = s.adSync().tools().stream().mapToInt(SyncTool::generation).max().orElse(0) + 1;
      List<SyncTool> tools = new ArrayList<>();
      for (SyncTool t : s.adSync().tools()) {
        tools.add(new SyncTool(t.generation(), t.fileName(), t.md5(), t.issued(), t.adServer(), false, t.lastRun(), t.dotNetVersion()));
      }
      tools.add(new SyncTool(generation, "Apex_Central_ADSyncAgent_" + generation + ".zip",
          InitialConsole.secret(new SecureRandom(), 16), console.clock().instant(), adServer, true, Optional.empty(), Optional.empty()));
      return with(s, s.cloudServices(), new AdSync(true, tools), s.emailClients(), s.clp());
    });
    return after.adSync().activeTool().orElseThrow();
  }

  /** Runs a tool on its AD server: only the latest generation works, and it needs .NET Framework 4.6.1. */
  public SyncTool runSyncTool(int generation) {
    reportDotNet(generation);
    ConsoleState after = console.update(s -> {
      SyncTool tool = s.adSync().tools().stream().filter(t -> t.generation() == generation).findFirst()
          .orElseThrow(() -> Console.notFound("no sync tool generation " + generation));
      if (!tool.active() || !s.adSync().enabled()) {
        throw Console.conflict("sync tool generation " + generation + " was deactivated by a later download");
      }
      String dotNet = console.dotNetOf(tool.adServer())
          .orElseThrow(() -> Console.notFound("no server named " + tool.adServer()));
      if (compareVersions(dotNet, MIN_DOT_NET) < 0) {
        throw Console.conflict("the tool needs .NET Framework " + MIN_DOT_NET + "; " + tool.adServer() + " has " + dotNet);
      }
      Instant now = console.clock().instant();
      List<SyncTool> tools = new ArrayList<>();
      for (SyncTool t : s.adSync().tools()) {
        tools.add(t.generation() != generation ? t
            : new SyncTool(t.generation(), t.fileName(), t.md5(), t.issued(), t.adServer(), true, Optional.of(now), Optional.of(dotNet)));
      }
      return with(s, s.cloudServices(), new AdSync(true, tools), s.emailClients(), s.clp());
    });
    return after.adSync().activeTool().orElseThrow();
  }

  /**
   * The tool reports the server's .NET Framework before it checks it, so a refused run still leaves
   * the version it found on the console (which is how a too-old server shows).
   */
  private void reportDotNet(int generation) {
    console.update(s -> {
      List<SyncTool> tools = new ArrayList<>();
      for (SyncTool t : s.adSync().tools()) {
        Optional<String> found = t.generation() == generation && t.active() ? console.dotNetOf(t.adServer()) : Optional.empty();
        tools.add(found.isEmpty() ? t : new SyncTool(t.generation(), t.fileName(), t.md5(), t.issued(), t.adServer(), t.active(), t.lastRun(), found));
      }
      return with(s, s.cloudServices(), new AdSync(s.adSync().enabled(), tools), s.emailClients(), s.clp());
    });
  }

  public Map<String, String> setEmailClient(String host, String client) {
    if (client.isBlank()) {
      throw Console.invalid("name the email client, e.g. outlook.exe");
    }
    return console.update(s -> {
      if (console.dotNetOf(host).isEmpty()) {
        throw Console.notFound("no endpoint named " + host);
      }
      Map<String, String> clients = new HashMap<>(s.emailClients());
      clients.put(host.toUpperCase(java.util.Locale.ROOT), client);
      return with(s, s.cloudServices(), s.adSync(), clients, s.clp());
    }).emailClients();
  }

  /**
   * The mail client an endpoint opens mail with: the console's setting when one was made, else the
   * one it was built with. {@code none} on servers where nobody reads mail.
   */
  public String emailClientOf(dev.tiac.sandbox.world.Endpoint endpoint) {
    return console.state().emailClients().getOrDefault(endpoint.hostName().toUpperCase(java.util.Locale.ROOT), endpoint.emailClient());
  }

  static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int xi = i < x.length ? Integer.parseInt(x[i]) : 0;
      int yi = i < y.length ? Integer.parseInt(y[i]) : 0;
      if (xi != yi) {
        return Integer.compare(xi, yi);
      }
    }
    return 0;
  }

  private static ConsoleState with(ConsoleState s, CloudServiceSettings cloud, AdSync ad, Map<String, String> clients, ClpAccount clp) {
    return new ConsoleState(s.apexCentralId(), clp, s.cas(), cloud, ad, s.policies(), clients, s.automationApps(), s.managementToken());
  }
}
