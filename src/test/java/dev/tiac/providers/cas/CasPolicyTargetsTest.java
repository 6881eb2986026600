package dev.tiac.providers.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.contract.Address;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.Direction;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Desired;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Default Exchange policy's targets: read with All users as the default, protecting fewer
 * mailboxes waits for allowWeakening, and the runbook names the Target to choose.
 */
class CasPolicyTargetsTest {
  private static final Address ATP = Address.of(ResourceKind.CAS_POLICY, "Default Exchange Policy ATP");
  private static final Value ALL = Value.map(Map.of("type", Value.text("all")));
  private static final Value FINANCE = Value.map(Map.of("type", Value.text("selected"), "groups", Value.set(List.of("Finance"))));
  private static final Value FINANCE_AND_LEGAL = Value.map(Map.of("type", Value.text("selected"), "groups", Value.set(List.of("Legal", "Finance"))));
  private final CasPolicyKind kind = new CasPolicyKind();

  private static Change targets(ChangeKind changeKind, Optional<Value> before, Value after) {
    return new Change(ATP, changeKind, List.of(AttributeChange.plain("targets", before, Optional.of(after))), Direction.NEUTRAL, Optional.empty(),
        false, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
  }

  private Change judged(Optional<Value> before, Value after, Set<OptIn> optIns) {
    return kind.judge(targets(ChangeKind.UPDATE, before, after), optIns, Optional.of(LiveResource.of(ATP, Map.of("status", Value.text("ON")))));
  }

  @Test
  void aPolicyThatNamesNoTargetsProtectsAllUsersAndListsAreSets() {
    Desired omitted = new Desired();
    kind.read(JsonMapper.builder().build().readTree("{\"name\":\"Default Exchange Policy ATP\",\"status\":\"ON\"}"), omitted);
    assertEquals(ALL, omitted.attributes().get("targets"));
    Desired listed = new Desired();
    kind.read(JsonMapper.builder().build().readTree("{\"status\":\"ON\",\"targets\":{\"type\":\"selected\",\"groups\":[\"Legal\",\"Finance\"]}}"), listed);
    assertEquals(FINANCE_AND_LEGAL, listed.attributes().get("targets"));
  }

  @Test
  void protectingFewerMailboxesWeakensAndWaitsForAllowWeakening() {
    Change narrowed = judged(Optional.of(ALL), FINANCE, Set.of());
    assertEquals(Direction.WEAKENING, narrowed.direction());
    assertTrue(narrowed.isRefused());
    assertTrue(judged(Optional.of(ALL), FINANCE, Set.of(OptIn.WEAKEN)).optedIn());
    assertEquals(Direction.WEAKENING, judged(Optional.of(FINANCE_AND_LEGAL), FINANCE, Set.of()).direction());
  }

  @Test
  void protectingMoreMailboxesStrengthensAndUnknownTargetsSayNothing() {
    assertEquals(Direction.STRENGTHENING, judged(Optional.of(FINANCE), ALL, Set.of()).direction());
    assertEquals(Direction.STRENGTHENING, judged(Optional.of(FINANCE), FINANCE_AND_LEGAL, Set.of()).direction());
    Change neverAttested = judged(Optional.empty(), FINANCE, Set.of());
    assertEquals(Direction.NEUTRAL, neverAttested.direction());
    assertFalse(neverAttested.needsOptIn());
  }

  @Test
  void theRunbookNamesTheTargetToChoose() {
    List<String> steps = kind.consoleSteps(targets(ChangeKind.MANUAL, Optional.of(ALL), FINANCE), Map.of());
    assertTrue(steps.contains("Under Target, choose Selected users/groups: groups Finance (and nothing else)."), steps.toString());
    assertTrue(kind.consoleSteps(targets(ChangeKind.MANUAL, Optional.of(FINANCE), ALL), Map.of()).contains("Under Target, choose All users."));
  }

  @Test
  void exportWritesTargetsOnlyWhereTheyAreNotAllUsers() {
    var all = kind.export(List.of(LiveResource.of(ATP, Map.of("status", Value.text("ON"), "targets", ALL))), false);
    var finance = kind.export(List.of(LiveResource.of(ATP, Map.of("status", Value.text("ON"), "targets", FINANCE))), false);
    String allJson = ((dev.tiac.contract.spi.Exported.Each) all.get(0)).entries().get(0).toJson().toString();
    String financeJson = ((dev.tiac.contract.spi.Exported.Each) finance.get(0)).entries().get(0).toJson().toString();
    assertFalse(allJson.contains("targets"), allJson);
    assertTrue(financeJson.contains("\"targets\":{\"groups\":[\"Finance\"],\"type\":\"selected\"}"), financeJson);
  }
}
