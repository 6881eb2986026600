package dev.tiac.plan.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.config.diagnostics.SourceLocation;
import dev.tiac.contract.Address;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.Direction;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.providers.Kinds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DifferTest {
  private static final SourceLocation AT = new SourceLocation("acme.yaml", 3, 5);
  private static final Address ATP = Address.of(ResourceKind.CAS_POLICY, "Default Exchange Policy ATP");
  private static final Address EVIL = Address.of(ResourceKind.SUSPICIOUS_OBJECT, "domain:evil.example");
  private static final Address OLD = Address.of(ResourceKind.SUSPICIOUS_OBJECT, "domain:old.example");
  private static final Address THEIRS = Address.of(ResourceKind.SUSPICIOUS_OBJECT, "domain:theirs.example");

  private static DesiredResource desired(Address address, Map<String, Value> attributes, OptIn... optIns) {
    return new DesiredResource(address, attributes, Map.of(), Set.of(), Set.of(optIns), AT);
  }

  /** Every resource of these kinds may be pruned: a pattern for each, empty kinds allowed, all deletable. */
  static RemovalPolicy everything(Set<ResourceKind> kinds) {
    return new RemovalPolicy(kinds.stream().map(k -> new PruneGrant(Address.of(k, "*"), "test")).toList(), true, Set.of(ResourceKind.values()));
  }

  private static DiffInput input(List<DesiredResource> desired, List<LiveResource> live, Set<Address> owned, KindHandling handling, Set<ResourceKind> prune) {
    Map<Address, LiveResource> byAddress = new HashMap<>();
    live.forEach(l -> byAddress.put(l.address(), l));
    return new DiffInput(desired, byAddress, owned, Set.of(ResourceKind.values()), a -> Map.of(), k -> handling, Map.of(), everything(prune));
  }

  private static Change only(List<Change> changes, Address address) {
    return changes.stream().filter(c -> c.address().equals(address)).findFirst().orElseThrow();
  }

  @Test
  void plansCreateWhenAnApiObjectIsMissing() {
    List<Change> changes = new Differ(Kinds.registry()).diff(input(List.of(desired(EVIL, Map.of("scanAction", Value.text("block")))), List.of(), Set.of(), KindHandling.API_CALLS, Set.of()));
    Change c = only(changes, EVIL);
    assertEquals(ChangeKind.CREATE, c.kind());
    assertEquals(Direction.STRENGTHENING, c.direction());
    assertFalse(c.isRefused());
  }

  @Test
  void plansNothingWhenLiveMatches() {
    List<Change> changes = new Differ(Kinds.registry()).diff(input(List.of(desired(EVIL, Map.of("scanAction", Value.text("block")))),
        List.of(LiveResource.of(EVIL, Map.of("scanAction", Value.text("block"), "extra", Value.text("ignored")))), Set.of(), KindHandling.API_CALLS, Set.of()));
    assertEquals(ChangeKind.NO_CHANGE, only(changes, EVIL).kind());
  }

  @Test
  void turningAPolicyOffWeakensAndIsRefusedWithoutOptIn() {
    Change c = only(new Differ(Kinds.registry()).diff(input(List.of(desired(ATP, Map.of("status", Value.text("OFF")))),
        List.of(LiveResource.of(ATP, Map.of("status", Value.text("ON")))), Set.of(), KindHandling.API_CALLS, Set.of())), ATP);
    assertEquals(ChangeKind.UPDATE, c.kind());
    assertEquals(Direction.WEAKENING, c.direction());
    assertTrue(c.isRefused());
    Change allowed = only(new Differ(Kinds.registry()).diff(input(List.of(desired(ATP, Map.of("status", Value.text("OFF")), OptIn.WEAKEN)),
        List.of(LiveResource.of(ATP, Map.of("status", Value.text("ON")))), Set.of(), KindHandling.API_CALLS, Set.of())), ATP);
    assertFalse(allowed.isRefused());
  }

  /** A runbook setting nobody attested and no API shows: the step cannot be said to turn anything off. */
  @Test
  void aPolicyKeptOffWhereItsStatusIsUnknownIsNotCalledWeakening() {
    Change c = only(new Differ(Kinds.registry()).diff(input(List.of(desired(ATP, Map.of("status", Value.text("OFF")))),
        List.of(), Set.of(), KindHandling.RUNBOOK_STEPS, Set.of())), ATP);
    assertEquals(ChangeKind.MANUAL, c.kind());
    assertEquals(Direction.NEUTRAL, c.direction());
    assertFalse(c.isRefused());
    Change attestedOn = only(new Differ(Kinds.registry()).diff(input(List.of(desired(ATP, Map.of("status", Value.text("OFF")))),
        List.of(LiveResource.of(ATP, Map.of("status", Value.text("ON")))), Set.of(), KindHandling.RUNBOOK_STEPS, Set.of())), ATP);
    assertEquals(Direction.WEAKENING, attestedOn.direction());
    assertTrue(attestedOn.isRefused());
  }

  @Test
  void consoleSettingsUnderTheRunbookDriverBecomeManualStepsNamingTheChange() {
    Change c = only(new Differ(Kinds.registry()).diff(input(List.of(desired(ATP, Map.of("status", Value.text("ON")))),
        List.of(LiveResource.of(ATP, Map.of("status", Value.text("OFF")))), Set.of(), KindHandling.RUNBOOK_STEPS, Set.of())), ATP);
    assertEquals(ChangeKind.MANUAL, c.kind());
    assertTrue(c.steps().stream().anyMatch(s -> s.contains("Advanced Threat Protection > Exchange Online Policies")), c.steps().toString());
    assertTrue(c.steps().stream().anyMatch(s -> s.contains("set its status to ON")), c.steps().toString());
  }

  @Test
  void prunesOnlyWhatTiacCreatedAndOnlyWhereAllowed() {
    List<LiveResource> live = List.of(LiveResource.of(OLD, Map.of("scanAction", Value.text("log"))), LiveResource.of(THEIRS, Map.of("scanAction", Value.text("log"))));
    List<Change> notAllowed = new Differ(Kinds.registry()).diff(input(List.of(), live, Set.of(OLD), KindHandling.API_CALLS, Set.of()));
    assertTrue(notAllowed.isEmpty());
    List<Change> allowed = new Differ(Kinds.registry()).diff(input(List.of(), live, Set.of(OLD), KindHandling.API_CALLS, Set.of(ResourceKind.SUSPICIOUS_OBJECT)));
    assertEquals(1, allowed.size());
    Change delete = allowed.get(0);
    assertEquals(OLD, delete.address());
    assertEquals(ChangeKind.DELETE, delete.kind());
    assertEquals(Direction.WEAKENING, delete.direction());
    assertTrue(delete.consequence().orElseThrow().contains("stops matching"));
  }

  @Test
  void reissuingTheSyncToolSpellsOutItsConsequenceAndNeedsTheOptIn() {
    Address tool = Address.of(ResourceKind.AD_SYNC_TOOL, "dc01.example");
    LiveResource existing = LiveResource.of(tool, Map.of("server", Value.text("dc00.example"), "generation", Value.number(3)));
    Change refused = only(new Differ(Kinds.registry()).diff(input(List.of(desired(tool, Map.of("server", Value.text("dc01.example")))), List.of(existing), Set.of(), KindHandling.API_CALLS, Set.of())), tool);
    assertEquals(ChangeKind.REPLACE, refused.kind(), "a tool moves only as a new download");
    assertTrue(refused.consequence().orElseThrow().contains("deactivates the tool on dc00.example"), refused.consequence().orElseThrow());
    assertTrue(refused.isRefused());
    Change allowed = only(new Differ(Kinds.registry()).diff(input(List.of(desired(tool, Map.of("server", Value.text("dc01.example")), OptIn.REISSUE)), List.of(existing), Set.of(), KindHandling.API_CALLS, Set.of())), tool);
    assertFalse(allowed.isRefused());
  }

  @Test
  void secretsChangeWithoutShowingAValue() {
    Address css = Address.of(ResourceKind.CLOUD_SERVICE_SETTINGS, "ops@acme.example");
    DesiredResource d = new DesiredResource(css, Map.of("account", Value.text("ops@acme.example")), Map.of("password", "${env:CLP}"), Set.of(), Set.of(), AT);
    DiffInput in = new DiffInput(List.of(d), Map.of(css, LiveResource.of(css, Map.of("account", Value.text("ops@acme.example")))), Set.of(), Set.of(ResourceKind.values()),
        a -> Map.of("password", DiffInput.SecretComparison.CHANGED), k -> KindHandling.API_CALLS, Map.of(), RemovalPolicy.none());
    Change c = only(new Differ(Kinds.registry()).diff(in), css);
    assertEquals(ChangeKind.UPDATE, c.kind());
    assertEquals(Optional.of(AttributeChange.SENSITIVE), c.attributes().get(0).after());
    assertTrue(c.attributes().get(0).sensitive());
  }

  @Test
  void checksCarryTheirOutcomeAndAreNeverActions() {
    Address licence = Address.of(ResourceKind.LICENCE, "endpointSensor");
    CheckOutcome fail = new CheckOutcome(CheckOutcome.Status.FAIL, "Endpoint Sensor API refused: licence missing", List.of("Add Apex One as a Service: Endpoint Sensor to the licensing account"));
    DiffInput in = new DiffInput(List.of(desired(licence, Map.of("product", Value.text("endpointSensor")))), Map.of(), Set.of(), Set.of(ResourceKind.values()),
        a -> Map.of(), k -> KindHandling.API_CALLS, Map.of(licence, fail), RemovalPolicy.none());
    Change c = only(new Differ(Kinds.registry()).diff(in), licence);
    assertEquals(ChangeKind.CHECK, c.kind());
    assertFalse(c.isAction());
    assertEquals(fail, c.check().orElseThrow());
  }
}
