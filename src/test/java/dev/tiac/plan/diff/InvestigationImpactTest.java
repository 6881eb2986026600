package dev.tiac.plan.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.config.diagnostics.SourceLocation;
import dev.tiac.contract.Address;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.Direction;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvestigationImpactTest {
  private static final Address ATP = Address.of(ResourceKind.CAS_POLICY, "Default Exchange Policy ATP");
  private static final Address DLP = Address.of(ResourceKind.CAS_POLICY, "Default Exchange Policy DLP");
  private static final Address POLICY = Address.of(ResourceKind.APEXONE_POLICY, "Endpoint Sensor - Windows");

  private static Change update(Address address, String attribute, Value before, Value after, Optional<Change.Reach> reach) {
    return new Change(address, ChangeKind.UPDATE, List.of(AttributeChange.plain(attribute, Optional.of(before), Optional.of(after))),
        Direction.WEAKENING, Optional.empty(), true, reach, List.of(), Optional.empty(), Optional.empty());
  }

  private static DesiredResource desired(Address address, String attribute, String value) {
    return new DesiredResource(address, Map.of(attribute, Value.text(value)), Map.of(), Set.of(), Set.of(), new SourceLocation("f.yaml", 1, 1));
  }

  @Test
  void turningTheLastExchangePolicyOffBlindsEveryInvestigation() {
    List<String> warnings = InvestigationImpact.warnings(List.of(update(ATP, "status", Value.text("ON"), Value.text("OFF"), Optional.empty())),
        List.of(desired(ATP, "status", "OFF"), desired(DLP, "status", "OFF")), Map.of(), List.of("invoice-phish"));
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains("no Default Exchange policy is ON") && warnings.get(0).contains("invoice-phish"), warnings.get(0));
  }

  @Test
  void anotherPolicyStillOnKeepsTheMailFlowing() {
    List<String> warnings = InvestigationImpact.warnings(List.of(update(ATP, "status", Value.text("ON"), Value.text("OFF"), Optional.empty())),
        List.of(desired(ATP, "status", "OFF")), Map.of(DLP, LiveResource.of(DLP, Map.of("status", Value.text("ON")))), List.of("invoice-phish"));
    assertEquals(List.of(), warnings);
  }

  @Test
  void endpointSensorOffNamesItsReach() {
    List<String> warnings = InvestigationImpact.warnings(
        List.of(update(POLICY, "endpointSensor", Value.TRUE, Value.FALSE, Optional.of(new Change.Reach(140, "endpoints")))),
        List.of(), Map.of(), List.of("finance-laptop-review"));
    assertTrue(warnings.get(0).contains("Endpoint Sensor stops on 140 endpoints"), warnings.get(0));
  }

  @Test
  void noInvestigationsNoWarnings() {
    assertEquals(List.of(), InvestigationImpact.warnings(List.of(update(ATP, "status", Value.text("ON"), Value.text("OFF"), Optional.empty())),
        List.of(desired(ATP, "status", "OFF")), Map.of(), List.of()));
  }
}
