package dev.tiac.plan.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.config.diagnostics.SourceLocation;
import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one removal rule, decision by decision, with the reason each gives. */
class RemovalsTest {
  private static final Address OLD = Address.of(ResourceKind.SUSPICIOUS_OBJECT, "domain:old.example");
  private static final Address KEPT = Address.of(ResourceKind.SUSPICIOUS_OBJECT, "domain:kept.example");
  private static final Address THEIRS = Address.of(ResourceKind.SUSPICIOUS_OBJECT, "domain:theirs.example");
  private static final Address CSS = Address.of(ResourceKind.CLOUD_SERVICE_SETTINGS, "ops@acme.example");
  private static final Set<ResourceKind> DELETABLE = Set.of(ResourceKind.SUSPICIOUS_OBJECT);

  private static Differ.Result diff(List<Address> declared, Set<Address> owned, RemovalPolicy policy, Address... live) {
    Map<Address, LiveResource> byAddress = new HashMap<>();
    for (Address a : live) {
      byAddress.put(a, LiveResource.of(a, Map.of("scanAction", Value.text("log"))));
    }
    List<DesiredResource> desired = declared.stream().map(a -> new DesiredResource(a, Map.of("scanAction", Value.text("log")), Map.of(), Set.of(), Set.of(),
        new SourceLocation("t.yaml", 1, 1))).toList();
    return new Differ().compare(new DiffInput(desired, byAddress, owned, Set.of(ResourceKind.values()), a -> Map.of(), k -> KindHandling.API_CALLS, Map.of(), policy));
  }

  private static RemovalPolicy grants(boolean allowEmpty, String... patterns) {
    return new RemovalPolicy(List.of(patterns).stream().map(p -> PruneGrant.parse(p, "--allow-delete").orElseThrow()).toList(), allowEmpty, DELETABLE);
  }

  private static Removal only(Differ.Result result, Address address) {
    return result.removals().stream().filter(r -> r.address().equals(address)).findFirst().orElseThrow(() -> new AssertionError(result.removals().toString()));
  }

  @Test
  void withoutAnOptInTiacsObjectIsKeptAndThePlanSaysHowToDeleteIt() {
    Differ.Result result = diff(List.of(KEPT), Set.of(OLD), grants(false), OLD, KEPT, THEIRS);
    assertTrue(result.changes().stream().noneMatch(c -> c.kind() == ChangeKind.DELETE));
    assertEquals(1, result.removals().size(), "someone else's object is not even mentioned: " + result.removals());
    Removal kept = only(result, OLD);
    assertEquals(Removal.Decision.KEEP, kept.decision());
    assertTrue(kept.reason().contains("add " + OLD + " to prune.allow in the file, or pass --allow-delete '" + OLD + "'"), kept.reason());
  }

  @Test
  void anExactOptInDeletesOnlyWhatTiacCreatedAndSaysWhichOptInAllowedIt() {
    Differ.Result result = diff(List.of(KEPT), Set.of(OLD), grants(false, OLD.toString(), THEIRS.toString()), OLD, KEPT, THEIRS);
    Change delete = result.changes().stream().filter(c -> c.kind() == ChangeKind.DELETE).findFirst().orElseThrow();
    assertEquals(OLD, delete.address());
    assertTrue(delete.optedIn());
    assertEquals(Optional.of("--allow-delete '" + OLD + "'"), only(result, OLD).grantedBy());
    Removal theirs = only(result, THEIRS);
    assertEquals(Removal.Decision.KEEP, theirs.decision());
    assertTrue(theirs.reason().endsWith("tiac did not create it: only objects tiac created are ever deleted"), theirs.reason());
    assertEquals(1, result.changes().stream().filter(c -> c.kind() == ChangeKind.DELETE).count());
  }

  @Test
  void aPatternOverAnEmptiedKindIsSkippedAndTheGuardSaysSoUnlessAllowEmpty() {
    Differ.Result guarded = diff(List.of(), Set.of(OLD, KEPT), grants(false, "apexcentral.suspiciousObject[\"domain:*\"]"), OLD, KEPT);
    assertEquals(2, guarded.removals().stream().filter(r -> r.decision() == Removal.Decision.KEEP).count());
    assertTrue(only(guarded, OLD).reason().startsWith("the file declares no apexcentral.suspiciousObject at all"), only(guarded, OLD).reason());
    assertTrue(only(guarded, OLD).reason().contains("pass --allow-empty"), only(guarded, OLD).reason());
    Differ.Result allowed = diff(List.of(), Set.of(OLD, KEPT), grants(true, "apexcentral.suspiciousObject[\"domain:*\"]"), OLD, KEPT);
    assertEquals(2, allowed.changes().stream().filter(c -> c.kind() == ChangeKind.DELETE).count());
    Differ.Result exact = diff(List.of(), Set.of(OLD, KEPT), grants(false, OLD.toString()), OLD, KEPT);
    assertEquals(List.of(OLD), exact.changes().stream().filter(c -> c.kind() == ChangeKind.DELETE).map(Change::address).toList());
  }

  @Test
  void anOptInForAKindNoDriverDeletesIsRefusedAtPlanTimeNotPlanned() {
    Differ.Result result = diff(List.of(), Set.of(CSS), grants(true, CSS.toString()), CSS);
    assertTrue(result.changes().isEmpty(), result.changes().toString());
    Removal refused = only(result, CSS);
    assertEquals(Removal.Decision.REFUSE, refused.decision());
    assertTrue(refused.reason().contains("tiac cannot delete it: no driver unregisters the licensing account"), refused.reason());
    Removal kept = only(diff(List.of(), Set.of(CSS), RemovalPolicy.none(), CSS), CSS);
    assertEquals(Removal.Decision.KEEP, kept.decision());
    assertTrue(kept.reason().contains("it stays, since tiac cannot delete it"), kept.reason());
  }

  @Test
  void aPatternMatchesKeysByPrefixAndAnExactAddressOnlyItself() {
    PruneGrant pattern = PruneGrant.parse("apexcentral.suspiciousObject[\"domain:*\"]", "--allow-delete").orElseThrow();
    assertTrue(pattern.matches(OLD));
    assertTrue(!pattern.matches(Address.of(ResourceKind.SUSPICIOUS_OBJECT, "ip:10.0.0.1")));
    assertTrue(!pattern.matches(Address.of(ResourceKind.APEXONE_POLICY, "domain:x")));
    PruneGrant exact = PruneGrant.parse(OLD.toString(), "t.yaml:3:5").orElseThrow();
    assertTrue(exact.matches(OLD) && !exact.matches(KEPT));
    assertEquals("prune.allow " + OLD + " (t.yaml:3:5)", exact.describe());
    assertTrue(PruneGrant.parse("not an address", "--allow-delete").isEmpty());
  }
}
