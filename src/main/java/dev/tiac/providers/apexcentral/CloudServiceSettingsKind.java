package dev.tiac.providers.apexcentral;

import java.util.function.Function;
import dev.tiac.contract.spi.Reach;
import dev.tiac.contract.Evidence;
import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.Direction;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Changes;
import dev.tiac.contract.spi.Desired;
import dev.tiac.contract.spi.Entry;
import dev.tiac.contract.spi.Exported;
import dev.tiac.contract.spi.KindDefinition;
import dev.tiac.contract.spi.KindIdentity;
import dev.tiac.contract.spi.Leg;
import dev.tiac.contract.spi.ReadinessRule;
import dev.tiac.contract.spi.Rules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Apex Central's Cloud Service Settings ({@code apexcentral.cloudServiceSettings}): the licensing
 * account registered there, which brings in Cloud App Security's logs. One Apex Central owns it.
 */
public final class CloudServiceSettingsKind implements KindDefinition {
  private static final String POINTER = "/apexCentral/cloudServiceSettings";

  @Override
  public KindIdentity identity() {
    return new KindIdentity(ResourceKind.CLOUD_SERVICE_SETTINGS, SetupStep.CLOUD_SERVICE_SETTINGS, Service.APEX_CENTRAL, Optional.of(ResourceKind.CAS_TOKEN));
  }

  /** Apex Central receives Cloud App Security's logs only while the licensing account is registered to it. */
  @Override
  public List<ReadinessRule> readiness() {
    return List.of(new ReadinessRule(Leg.MAIL, 50, "Cloud Service Settings", v -> v.judgeAll(kind(), d -> true, "account",
        a -> !Value.TRUE.equals(a.get("registeredElsewhere")),
        a -> Value.TRUE.equals(a.get("registeredElsewhere")) ? "is registered to another Apex Central" : "is registered here"),
        Optional.of("Cloud Service Settings (the file declares no apexCentral.cloudServiceSettings)")));
  }

  @Override
  public Declarations declarations() {
    return Declarations.at(POINTER, kind().type(), n -> n.path("account").asString(), "account");
  }

  @Override
  public void read(JsonNode n, Desired d) {
    d.put("account", n.path("account")).secret("password", n.path("password")).optIn(n.path("allowTakeover"), OptIn.TAKEOVER);
  }

  /** Registering an account another Apex Central holds takes it from that console. */
  @Override
  public Change judge(Change change, Set<OptIn> optIns, Optional<LiveResource> live) {
    if (live.map(l -> Value.TRUE.equals(l.attributes().get("registeredElsewhere"))).orElse(false)) {
      return Rules.guarded(change, Direction.NEUTRAL, Optional.of("the licensing account is registered to another Apex Central; registering"
          + " it here makes that console stop receiving logs and signing in to the cloud services"), optIns.contains(OptIn.TAKEOVER));
    }
    return Rules.strengthening(change);
  }

  @Override
  public Optional<String> deleted(Address address, Optional<LiveResource> live) {
    return Optional.of("Apex Central stops receiving Cloud App Security logs");
  }

  @Override
  public List<String> consoleSteps(Change change, Map<String, Value> desired) {
    return List.of("In the Apex Central console, go to Directories > Product Servers and click Cloud Service Settings.",
        "Enter the licensing-portal account " + change.address().key() + " and its password (the value of the file's password reference), then click OK.",
        "Confirm that Apex Central lists Cloud App Security among the registered cloud services.");
  }

  @Override
  public Optional<OptIn> optIn() {
    return Optional.of(OptIn.TAKEOVER);
  }

  @Override
  public Optional<String> neverDeleted() {
    return Optional.of("no driver unregisters the licensing account from Apex Central (clear Cloud Service Settings in the console by hand)");
  }

  /** The password is write-only: no service shows it back, so a person confirms the account and uncomments it. */
  @Override
  public List<Exported> export(List<LiveResource> live, boolean byHand) {
    String account = live.stream().flatMap(c -> Optional.ofNullable(c.attributes().get("account")).stream())
        .flatMap(a -> a.asText().stream()).findFirst().orElse("licensing-account@example.com");
    return List.of(new Exported.Commented(POINTER, List.of("The licensing password is write-only: no service shows it back. Confirm the account, then uncomment.",
        "cloudServiceSettings:", "  account: " + Entry.inline(account), "  password: ${env:TIAC_CLP_PASSWORD}")));
  }

  /** The account and password are saved in one call. */
  @Override
  public int applyCalls(Change change) {
    return 1;
  }

  /** No API shows the settings. */
  @Override
  public Optional<Function<Address, Evidence>> evidence(Reach reach) {
    return Optional.of(a -> Evidence.silent("no API shows Cloud Service Settings (ProductServers does not list cloud services)"));
  }
}
