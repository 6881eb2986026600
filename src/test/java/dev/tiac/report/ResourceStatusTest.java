package dev.tiac.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.Direction;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.plan.SamplePlans;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Severity follows exposure: what is live now, not what apply would do to it. */
class ResourceStatusTest {
  private static final List<AttributeChange> ATP_BACK_ON = List.of(AttributeChange.plain("status", Optional.of(Value.text("OFF")), Optional.of(Value.text("ON"))));
  private static final List<AttributeChange> ATP_TO_OFF = List.of(AttributeChange.plain("status", Optional.of(Value.text("ON")), Optional.of(Value.text("OFF"))));

  @Test
  void aPlanThatTurnsAtpBackOnIsCriticalBecauseTheLiveTenantIsUnprotected() {
    var restore = SamplePlans.change(ResourceKind.CAS_POLICY, "Default Exchange Policy ATP", ChangeKind.UPDATE, Direction.STRENGTHENING,
        ATP_BACK_ON, Optional.empty(), true, 14);
    assertEquals(ResourceStatus.CRITICAL, ResourceStatus.of(restore));
    DriftSummary summary = DriftSummary.of(SamplePlans.of(restore));
    assertEquals(1, summary.critical());
    assertEquals("1 of 1 resource drifted (1 critical).", summary.headline());
  }

  @Test
  void aPlanThatWouldWeakenIsDriftNotCriticalBecauseTheLiveSideIsTheStrongerOne() {
    var weaken = SamplePlans.change(ResourceKind.CAS_POLICY, "Default Exchange Policy ATP", ChangeKind.UPDATE, Direction.WEAKENING,
        ATP_TO_OFF, Optional.empty(), false, 14);
    assertEquals(ResourceStatus.DRIFT, ResourceStatus.of(weaken));
    assertEquals(1, DriftSummary.of(SamplePlans.of(weaken)).refused());
  }

  @Test
  void aFailingCheckIsCriticalAndAnUnknownOneIsUnverifiedNotDrift() {
    var failing = SamplePlans.check(ResourceKind.LICENCE, "endpointSensor", new CheckOutcome(CheckOutcome.Status.FAIL, "missing", List.of()), 5);
    var unknown = SamplePlans.check(ResourceKind.LICENCE, "endpointSensor", new CheckOutcome(CheckOutcome.Status.UNKNOWN, "unreadable", List.of()), 5);
    assertEquals(ResourceStatus.CRITICAL, ResourceStatus.of(failing));
    assertEquals(ResourceStatus.UNVERIFIED, ResourceStatus.of(unknown));
    assertFalse(ResourceStatus.UNVERIFIED.drifted());
    DriftSummary summary = DriftSummary.of(SamplePlans.of(unknown));
    assertEquals(0, summary.drifted());
    assertEquals(1, summary.unverified());
    assertEquals(0, summary.checksFailing());
  }

  @Test
  void aNeutralChangeIsDrift() {
    var rename = SamplePlans.change(ResourceKind.SUSPICIOUS_OBJECT, "domain:x.example", ChangeKind.UPDATE, Direction.NEUTRAL,
        List.of(AttributeChange.plain("notes", Optional.of(Value.text("a")), Optional.of(Value.text("b")))), Optional.empty(), true, 3);
    assertEquals(ResourceStatus.DRIFT, ResourceStatus.of(rename));
  }
}
