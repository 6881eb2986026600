package dev.tiac.providers.directory;

import java.util.function.Function;
import dev.tiac.contract.spi.Reach;
import dev.tiac.contract.Evidence;
import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.ConsoleWords;
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
 * Apex Central's Active Directory synchronization setting ({@code apexcentral.adSync}): without
 * it, investigations cannot name the user behind a mailbox.
 */
public final class AdSyncKind implements KindDefinition {
  private static final String POINTER = "/apexCentral/activeDirectorySync";
  private static final String STOPS = "Apex Central stops synchronizing Active Directory: investigations lose user identities";

  @Override
  public KindIdentity identity() {
    return new KindIdentity(ResourceKind.AD_SYNC, SetupStep.AD_SYNC, Service.APEX_CENTRAL, Optional.of(ResourceKind.CLOUD_SERVICE_SETTINGS));
  }

  /** Mail is joined to its AD user only while Apex Central synchronizes the directory. */
  @Override
  public List<ReadinessRule> readiness() {
    return List.of(new ReadinessRule(Leg.USER, 10, "Active Directory synchronization", v -> v.judgeAll(kind(), d -> true, "enabled",
        a -> Value.TRUE.equals(a.get("enabled")),
        a -> Optional.ofNullable(a.get("enabled")).flatMap(Value::asBoolean).map(e -> e ? "is enabled" : "is disabled").orElse("is unknown")),
        Optional.of("Active Directory synchronization (the file declares no apexCentral.activeDirectorySync)")));
  }

  @Override
  public Declarations declarations() {
    return Declarations.at(POINTER, kind().type(), n -> "settings", "enabled");
  }

  @Override
  public void read(JsonNode n, Desired d) {
    d.put("enabled", n.path("enabled")).optIn(n.path("allowWeakening"), OptIn.WEAKEN);
  }

  @Override
  public Change judge(Change change, Set<OptIn> optIns, Optional<LiveResource> live) {
    return Rules.toggled(change, "enabled", Value.TRUE, optIns.contains(OptIn.WEAKEN), Optional.of(STOPS));
  }

  @Override
  public Optional<String> deleted(Address address, Optional<LiveResource> live) {
    return Optional.of(STOPS);
  }

  @Override
  public List<String> consoleSteps(Change change, Map<String, Value> desired) {
    return List.of("In the Apex Central console, go to Administration > Settings > Active Directory and Compliance Settings, tab Active Directory Settings.",
        Changes.after(change, "enabled").map(ConsoleWords::tick).orElse("Select") + " Enable Active Directory synchronization and click Save.");
  }

  @Override
  public Optional<OptIn> optIn() {
    return Optional.of(OptIn.WEAKEN);
  }

  @Override
  public Optional<String> neverDeleted() {
    return Optional.of("it is a console setting, not an object (declare it with enabled: false instead)");
  }

  @Override
  public List<Exported> export(List<LiveResource> live, boolean byHand) {
    if (byHand || live.isEmpty()) {
      return List.of(new Exported.Commented(POINTER, List.of("activeDirectorySync:", "  enabled: true", "  syncTool:",
          "    server: the AD server that runs the sync tool")));
    }
    return List.of(new Exported.One(POINTER, new Entry().put("enabled", Exported.shown(live.get(0), "enabled"))));
  }

  /** The setting is saved in one call. */
  @Override
  public int applyCalls(Change change) {
    return 1;
  }

  /** The directory shows whether synchronization ran. */
  @Override
  public Optional<Function<Address, Evidence>> evidence(Reach reach) {
    return reach.client(DirectoryEvidence.class).map(d -> a -> d.adSync());
  }
}
