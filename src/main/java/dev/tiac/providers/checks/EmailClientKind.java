package dev.tiac.providers.checks;

import dev.tiac.providers.apexone.ApexOnePolicyKind;
import dev.tiac.providers.apexone.AgentInventory;
import dev.tiac.providers.apexcentral.ApexCentralClient;
import dev.tiac.contract.spi.Wired;
import dev.tiac.contract.spi.Reach;
import dev.tiac.contract.KindHandling;
import dev.tiac.config.check.Declarations;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.CheckDefinition;
import dev.tiac.contract.spi.Desired;
import dev.tiac.contract.spi.Exported;
import dev.tiac.contract.spi.KindIdentity;
import dev.tiac.contract.spi.Leg;
import dev.tiac.contract.spi.ReadinessRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Whether the endpoints in scope read mail with Outlook ({@code apexone.emailClient}), from Endpoint Sensor history. */
public final class EmailClientKind implements CheckDefinition {
  @Override
  public KindIdentity identity() {
    return new KindIdentity(ResourceKind.EMAIL_CLIENT, SetupStep.EMAIL_CLIENT, Service.APEX_CENTRAL, Optional.of(ResourceKind.APEXONE_POLICY));
  }

  /** The scope is every Security Agent endpoint unless the file narrows it. */
  @Override
  public void read(JsonNode n, Desired d) {
    d.put("client", n.path("client")).put("scope", n.path("scope"), Value.map(Map.of("all", Value.TRUE)))
        .lowerCased("exceptions", n.path("exceptions"));
  }

  /** A check, not a setting: the export says how to ask for it. */
  @Override
  public List<Exported> export(List<LiveResource> live, boolean byHand) {
    return List.of(new Exported.Commented("/apexOne/emailClient",
        List.of("emailClient: a check, not a setting; declare it to have tiac drift report endpoints without Outlook")));
  }

  /** Endpoint activity is joined to mail through the mail client's processes: Outlook's. */
  @Override
  public List<ReadinessRule> readiness() {
    return List.of(new ReadinessRule(Leg.ENDPOINT, 20, "Outlook on the endpoints in scope", v -> v.check(kind()),
        Optional.of("Outlook on the endpoints in scope (the file declares no apexOne.emailClient)")));
  }

  @Override
  public Declarations declarations() {
    return Declarations.at("/apexOne/emailClient", kind().type(), n -> "outlook", "compliantCount");
  }

  /**
   * Checked through Apex Central's Endpoint Sensor on the endpoints the Apex One policies target:
   * two historical investigations (outlook.exe, the other clients), three calls each.
   */
  @Override
  public Wired wire(Reach reach, KindHandling handling) {
    Map<String, Value> targets = ApexOnePolicyKind.declaredTargets(reach);
    return reach.client(ApexCentralClient.class).filter(c -> reach.declares(kind()))
        .flatMap(c -> reach.client(AgentInventory.class).map(inventory -> Wired.checker(new EmailClientCheck(c.endpointSensor(), inventory,
            name -> targets.getOrDefault(name, ApexOnePolicyKind.NO_TARGETS)), Wired.calls(Service.APEX_CENTRAL, 6))))
        .orElse(Wired.NONE);
  }
}
