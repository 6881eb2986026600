package dev.tiac.providers;

import dev.tiac.apply.Capabilities;
import dev.tiac.config.LoadedConfig;
import dev.tiac.config.model.Connections;
import dev.tiac.config.model.Connections.ConsoleDriver;
import dev.tiac.http.HttpClients;
import dev.tiac.plan.Address;
import dev.tiac.plan.Plan;
import dev.tiac.plan.ResourceKind;
import dev.tiac.plan.Services;
import dev.tiac.plan.desired.DesiredResource;
import dev.tiac.plan.desired.DesiredResources;
import dev.tiac.providers.apexcentral.ApexCentralClient;
import dev.tiac.providers.apexcentral.SuspiciousObjectType;
import dev.tiac.providers.apexone.AgentInventory;
import dev.tiac.providers.apexone.TargetMatcher;
import dev.tiac.providers.cas.BlockedListsType;
import dev.tiac.providers.cas.CasClient;
import dev.tiac.providers.cas.CasEvidence;
import dev.tiac.providers.cas.TokenEvidence;
import dev.tiac.providers.checks.EmailClientCheck;
import dev.tiac.providers.checks.LicenceCheck;
import dev.tiac.providers.directory.DirectoryEvidence;
import dev.tiac.plan.readiness.CorrelationReadiness;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles what one run can reach from its endpoints: the real-API kinds, the checks, and for
 * each console kind the driver its service's connection chose (runbook unless it says api and a
 * management API exists).
 */
public final class ServiceCatalog {
  private final Services services;
  private final Capabilities capabilities;

  private ServiceCatalog(Services services, Capabilities capabilities) {
    this.services = services;
    this.capabilities = capabilities;
  }

  public Services services() {
    return services;
  }

  public Capabilities capabilities() {
    return capabilities;
  }

  public static ServiceCatalog build(Endpoints endpoints, HttpClients clients, LoadedConfig config, ConsoleKinds consoleKinds) {
    List<DesiredResource> desired = DesiredResources.of(config);
    Optional<ApexCentralClient> apex = endpoints.apexCentral().map(s -> new ApexCentralClient(s, clients));
    Optional<CasClient> cas = endpoints.cas().map(s -> new CasClient(s, clients));
    Optional<AgentInventory> inventory = apex.map(AgentInventory::new);
    List<ResourceType> types = new ArrayList<>();
    List<Checker> checkers = new ArrayList<>();
    Capabilities capabilities = new Capabilities();
    List<Plan.ApiCost> cost = new ArrayList<>();
    int apexCalls = 0;
    int casCalls = 0;
    if (apex.isPresent()) {
      SuspiciousObjectType udso = new SuspiciousObjectType(apex.get());
      types.add(udso);
      capabilities.with(ResourceKind.SUSPICIOUS_OBJECT, udso);
      apexCalls++;
    }
    if (cas.isPresent() && declares(desired, ResourceKind.CAS_BLOCKED_LISTS)) {
      Map<String, String> declared = desired.stream().filter(d -> d.address().kind() == ResourceKind.CAS_BLOCKED_LISTS).findFirst().map(DesiredResource::attributes).orElse(Map.of());
      BlockedListsType lists = new BlockedListsType(cas.get(), declared);
      types.add(lists);
      capabilities.with(ResourceKind.CAS_BLOCKED_LISTS, lists);
      casCalls++;
    }
    if (declares(desired, ResourceKind.LICENCE)) {
      String account = config.state().connections().flatMap(Connections::licensingPortal).map(Connections.LicensingPortal::account).orElse("the licensing account");
      checkers.add(new LicenceCheck(cas, apex, account, clients.clock()));
      casCalls += cas.isPresent() ? 1 : 0;
      apexCalls += apex.isPresent() ? 1 : 0;
    }
    Map<String, String> policyTargets = new HashMap<>();
    desired.stream().filter(d -> d.address().kind() == ResourceKind.APEXONE_POLICY)
        .forEach(d -> policyTargets.put(d.address().key(), d.attributes().getOrDefault("targets", "{type=filtered}")));
    if (apex.isPresent() && declares(desired, ResourceKind.EMAIL_CLIENT)) {
      checkers.add(new EmailClientCheck(apex.get().endpointSensor(), inventory.get(), name -> policyTargets.getOrDefault(name, "{type=filtered}")));
      apexCalls += 6; // two historical investigations (outlook.exe, the other clients), as many calls each as one was
    }
    if (declares(desired, ResourceKind.DOTNET)) {
      checkers.add(new dev.tiac.providers.checks.DotNetCheck(consoleKinds::dotNetVersion, clients.clock()));
    }
    ConsoleEvidence consoleEvidence = new ConsoleEvidence(cas.map(c -> new CasEvidence(c, clients.clock())), cas.map(TokenEvidence::new),
        new DirectoryEvidence(endpoints.directory(), syncServers(desired)), inventory, policyTargets, desired,
        config.document().baseDirectory(), clients.log().redactor());
    EvidenceLedger ledger = new EvidenceLedger();
    Map<ResourceKind, ConsoleDriver> drivers = new EnumMap<>(ResourceKind.class);
    for (ResourceKind kind : ResourceKind.values()) {
      if (kind.reconciliation() != dev.tiac.plan.Reconciliation.CONSOLE) {
        continue;
      }
      ConsoleDriver driver = consoleKinds.driverFor(kind);
      drivers.put(kind, driver);
      if (driver == ConsoleDriver.api) {
        ResourceType type = consoleKinds.apiType(kind);
        types.add(type);
        capabilities.with(kind, type);
      } else {
        // Only the latest synchronization tool works: the one attested last is the live one.
        types.add(new AttestedConsoleType(kind, consoleEvidence.of(kind), ledger, kind == ResourceKind.AD_SYNC_TOOL));
      }
    }
    casCalls += cas.isPresent() ? evidenceCalls(desired, drivers, !config.state().investigations().isEmpty()) : 0;
    List<String> investigations = config.state().investigations().stream().map(i -> i.name()).toList();
    CorrelationReadiness readiness = new CorrelationReadiness(investigations,
        investigations.isEmpty() ? Optional.empty() : Optional.of(config.document().valueAt("/investigations")),
        k -> drivers.getOrDefault(k, ConsoleDriver.runbook), ledger::of, consoleEvidence.sweeps(), consoleEvidence.directory()::directory);
    if (inventory.isPresent() && declares(desired, ResourceKind.APEXONE_POLICY)) {
      // ShowAgentList and ProductAgents, read once and shared by the evidence, the reach and the coverage check.
      apexCalls += 2;
    }
    if (apexCalls > 0) {
      cost.add(new Plan.ApiCost("Apex Central", apexCalls, "none published"));
    }
    if (casCalls > 0) {
      cost.add(new Plan.ApiCost(ApplyCalls.CAS, casCalls, "20 per minute per token"));
    }
    if (cas.isPresent() && drivers.get(ResourceKind.CAS_TOKEN) == ConsoleDriver.runbook) {
      // A delivered token is probed with its own value, so its calls count against its own budget.
      for (DesiredResource d : desired) {
        if (d.address().kind() == ResourceKind.CAS_TOKEN && d.attributes().getOrDefault("deliverTo", "").startsWith("file:")) {
          cost.add(new Plan.ApiCost(ApplyCalls.CAS + ApplyCalls.TOKEN_OF + d.address().key() + "\"",
              TokenEvidence.calls(d.attributes().getOrDefault("apiTypes", "[]")), "20 per minute per token"));
        }
      }
    }
    // Coverage is concluded first, so that the readiness drawn after it sees the coverage checks.
    dev.tiac.providers.apexone.SensorCoverage coverage = new dev.tiac.providers.apexone.SensorCoverage(inventory);
    // What stands only on an attestation is marked first, so that the readiness counts it as unknown.
    dev.tiac.plan.Conclusions conclusions = facts -> readiness.draw(new dev.tiac.plan.Conclusions.Facts(
        coverage.draw(new dev.tiac.plan.Conclusions.Facts(ledger.mark(facts.changes(), facts.desired()), facts.desired(), facts.live(), facts.attestations())),
        facts.desired(), facts.live(), facts.attestations()));
    return new ServiceCatalog(new Services(types, checkers, drivers, cost, reach(inventory, policyTargets), conclusions), capabilities);
  }

  /**
   * Cloud App Security calls the evidence costs the connection's token at most: the shared sweep,
   * and under the runbook driver each policy's detections (a delivered token's probes are its own).
   */
  private static int evidenceCalls(List<DesiredResource> desired, Map<ResourceKind, ConsoleDriver> drivers, boolean investigations) {
    boolean runbook = drivers.get(ResourceKind.CAS_POLICY) == ConsoleDriver.runbook;
    int calls = investigations || (runbook && (declares(desired, ResourceKind.CAS_SERVICE_ACCOUNT) || declares(desired, ResourceKind.CAS_POLICY))) ? 1 : 0;
    if (runbook) {
      for (DesiredResource d : desired) {
        if (d.address().kind() == ResourceKind.CAS_POLICY) {
          calls += CasEvidence.policyCalls(d.address().key());
        }
      }
    }
    return calls;
  }

  private static List<String> syncServers(List<DesiredResource> desired) {
    return desired.stream().filter(d -> d.address().kind() == ResourceKind.AD_SYNC_TOOL)
        .map(d -> d.attributes().getOrDefault("server", d.address().key())).toList();
  }

  /**
   * Each Apex One policy change's reach: its targets resolved to the endpoints Apex Central
   * manages. The inventory is read only when the plan changes a policy.
   */
  private static java.util.function.UnaryOperator<List<dev.tiac.plan.Change>> reach(Optional<AgentInventory> inventory, Map<String, String> policyTargets) {
    return changes -> {
      if (inventory.isEmpty() || changes.stream().noneMatch(c -> c.isAction() && c.address().kind() == ResourceKind.APEXONE_POLICY)) {
        return changes;
      }
      List<dev.tiac.providers.apexone.Endpoint> endpoints;
      try {
        endpoints = inventory.get().get();
      } catch (RuntimeException e) {
        // Reach is information, not a precondition: without the inventory the plan still stands.
        return changes;
      }
      return changes.stream().map(c -> {
        if (!c.isAction() || c.address().kind() != ResourceKind.APEXONE_POLICY) {
          return c;
        }
        String targets = policyTargets.getOrDefault(c.address().key(), c.attributes().stream()
            .filter(a -> a.name().equals("targets")).findFirst().flatMap(a -> a.before()).orElse("{type=filtered}"));
        int count = TargetMatcher.match(TargetMatcher.Targets.parse(targets), endpoints).size();
        return c.withReach(new dev.tiac.plan.Change.Reach(count, "endpoints"));
      }).toList();
    };
  }

  private static boolean declares(List<DesiredResource> desired, ResourceKind kind) {
    return desired.stream().anyMatch(d -> d.address().kind() == kind);
  }

  /** Which driver each console kind uses, and the management-API type behind the api driver. */
  public interface ConsoleKinds {
    ConsoleDriver driverFor(ResourceKind kind);

    ResourceType apiType(ResourceKind kind);

    /** The .NET Framework version a console reports for a synchronization server, where one does. */
    default Optional<String> dotNetVersion(String server) {
      return Optional.empty();
    }

    static ConsoleKinds runbookOnly() {
      return new ConsoleKinds() {
        @Override
        public ConsoleDriver driverFor(ResourceKind kind) {
          return ConsoleDriver.runbook;
        }

        @Override
        public ResourceType apiType(ResourceKind kind) {
          throw new IllegalStateException("no management API for " + kind.type());
        }
      };
    }
  }
}
