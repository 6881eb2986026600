package dev.tiac.app;

import dev.tiac.config.LoadedConfig;
import dev.tiac.config.model.Connections;
import dev.tiac.config.model.Investigation;
import dev.tiac.contract.ApiCost;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Capabilities;
import dev.tiac.contract.spi.Checker;
import dev.tiac.contract.spi.ResourceType;
import dev.tiac.http.HttpClients;
import dev.tiac.plan.Services;
import dev.tiac.plan.desired.DesiredResources;
import dev.tiac.plan.readiness.CorrelationReadiness;
import dev.tiac.providers.ApplyCalls;
import dev.tiac.providers.Endpoints;
import dev.tiac.providers.EvidenceLedger;
import dev.tiac.providers.Kinds;
import dev.tiac.providers.apexcentral.ApexCentralClient;
import dev.tiac.providers.apexone.AgentInventory;
import dev.tiac.providers.apexone.PolicyReach;
import dev.tiac.providers.cas.CasClient;
import dev.tiac.providers.cas.CasEvidence;
import dev.tiac.providers.cas.TokenEvidence;
import dev.tiac.providers.checks.DotNetCheck;
import dev.tiac.providers.checks.LicenceKind;
import dev.tiac.providers.apexone.ApexOnePolicyKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.spi.Reach;
import dev.tiac.contract.spi.Wired;
import java.time.Clock;
import dev.tiac.providers.console.ConsoleEvidence;
import dev.tiac.providers.console.ConsoleKinds;
import dev.tiac.providers.directory.AdSyncToolKind;
import dev.tiac.providers.directory.DirectoryEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles what one run can reach from its endpoints: the real-API kinds, the checks, and each
 * console kind as the driver its connection chose ({@link ConsoleDrivers}) handles it: through
 * the management API, or as runbook steps verified by evidence.
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
    List<DesiredResource> desired = DesiredResources.of(config, Kinds.registry());
    Optional<ApexCentralClient> apex = endpoints.apexCentral().map(s -> new ApexCentralClient(s, clients));
    Optional<CasClient> cas = endpoints.cas().map(s -> new CasClient(s, clients));
    Optional<AgentInventory> inventory = apex.map(AgentInventory::new);
    Map<String, Value> policyTargets = ApexOnePolicyKind.declaredTargets(Reach.of(desired));
    Optional<CasEvidence> casEvidence = cas.map(c -> new CasEvidence(c, clients.clock()));
    DirectoryEvidence directory = new DirectoryEvidence(endpoints.directory(), AdSyncToolKind.servers(Reach.of(desired)));
    ConsoleEvidence consoleEvidence = new ConsoleEvidence(casEvidence, cas.map(TokenEvidence::new), directory, desired,
        config.document().baseDirectory(), clients.log().redactor());
    EvidenceLedger ledger = new EvidenceLedger();
    ConsoleDrivers drivers = ConsoleDrivers.choose(config.state(), consoleKinds.managed());
    Reach reach = Reach.of(desired).with(ApexCentralClient.class, apex).with(CasClient.class, cas).with(AgentInventory.class, inventory)
        .with(CasEvidence.class, casEvidence).with(DirectoryEvidence.class, Optional.of(directory))
        .with(Clock.class, Optional.of(clients.clock())).with(DotNetCheck.Reported.class, Optional.of(consoleKinds::dotNetVersion))
        .with(LicenceKind.LicensingAccount.class, config.state().connections().flatMap(Connections::licensingPortal)
            .map(p -> new LicenceKind.LicensingAccount(p.account())));
    Wiring wiring = Wiring.of(Kinds.registry(), reach, drivers::handling, consoleKinds::apiType, consoleEvidence::of, ledger);
    List<ResourceType> types = wiring.types();
    List<Checker> checkers = wiring.checkers();
    Capabilities capabilities = wiring.capabilities();
    List<ApiCost> cost = new ArrayList<>();
    int casCalls = cas.isPresent() ? evidenceCalls(desired, drivers, !config.state().investigations().isEmpty()) : 0;
    List<Investigation> investigations = config.state().investigations();
    CorrelationReadiness readiness = new CorrelationReadiness(Kinds.registry(), investigations,
        investigations.isEmpty() ? Optional.empty() : Optional.of(config.document().valueAt("/investigations")),
        drivers::handling, ledger::of, consoleEvidence.sweeps(), consoleEvidence.directory()::directory);
    List<ApiCost> refresh = new ArrayList<>(wiring.refresh());
    refresh.addAll(Wired.calls(Service.CLOUD_APP_SECURITY, casCalls));
    cost.addAll(Wiring.sum(refresh));
    // Coverage is concluded first, so that the readiness drawn after it sees the coverage checks.
    dev.tiac.providers.apexone.SensorCoverage coverage = new dev.tiac.providers.apexone.SensorCoverage(inventory);
    // What stands only on an attestation is marked first, so that the readiness counts it as unknown.
    dev.tiac.contract.spi.Conclusions conclusions = facts -> readiness.draw(new dev.tiac.contract.spi.Conclusions.Facts(
        coverage.draw(new dev.tiac.contract.spi.Conclusions.Facts(ledger.mark(facts.changes(), facts.desired()), facts.desired(), facts.live(), facts.attestations())),
        facts.desired(), facts.live(), facts.attestations()));
    return new ServiceCatalog(new Services(types, checkers, drivers::handling, cost, PolicyReach.of(inventory, policyTargets), conclusions,
        changes -> ApplyCalls.estimate(Kinds.registry(), changes, drivers::handling), Kinds.registry()), capabilities);
  }

  /**
   * The one sweep the evidence shares, through the connection's token: for the investigations, or
   * under the runbook driver for the service account and policies (each kind wires its own further
   * evidence calls: a policy's detections, a delivered token's probes).
   */
  private static int evidenceCalls(List<DesiredResource> desired, ConsoleDrivers drivers, boolean investigations) {
    boolean runbook = drivers.handling(ResourceKind.CAS_POLICY).byRunbookSteps();
    return investigations || (runbook && (declares(desired, ResourceKind.CAS_SERVICE_ACCOUNT) || declares(desired, ResourceKind.CAS_POLICY))) ? 1 : 0;
  }

  private static boolean declares(List<DesiredResource> desired, ResourceKind kind) {
    return desired.stream().anyMatch(d -> d.address().kind() == kind);
  }
}
