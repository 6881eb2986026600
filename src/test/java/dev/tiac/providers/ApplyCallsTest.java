package dev.tiac.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiac.contract.Address;
import dev.tiac.contract.ApiCost;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.Direction;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplyCallsTest {
  @Test
  void countsEachServicesCallsFromTheChanges() {
    List<Change> changes = List.of(
        change(ResourceKind.SUSPICIOUS_OBJECT, "domain:a.example", ChangeKind.CREATE),
        change(ResourceKind.SUSPICIOUS_OBJECT, "domain:b.example", ChangeKind.DELETE),
        change(ResourceKind.CAS_BLOCKED_LISTS, "mails", ChangeKind.UPDATE,
            AttributeChange.plain("senders", Optional.of(Value.set(List.of("a@x.example"))), Optional.of(Value.set(List.of("b@x.example")))),
            AttributeChange.plain("urls", Optional.of(Value.set(List.of())), Optional.of(Value.set(List.of("https://x.example"))))),
        change(ResourceKind.CAS_TOKEN, "rotated", ChangeKind.UPDATE),
        change(ResourceKind.APEXONE_POLICY, "Endpoint Sensor", ChangeKind.CREATE),
        change(ResourceKind.AD_SYNC_TOOL, "dc01", ChangeKind.CREATE),
        change(ResourceKind.CAS_POLICY, "Default Exchange Policy ATP", ChangeKind.NO_CHANGE));
    assertEquals(List.of(
        new ApiCost("Management API", 0, 2 + 2 + 2, "none published"),
        new ApiCost("Cloud App Security", 0, 2, "20 per minute per token"),
        new ApiCost("Apex Central", 0, 2, "none published")),
        ApplyCalls.estimate(changes, kind -> KindHandling.API_CALLS));
  }

  @Test
  void aConsoleStepDoneByHandCostsNoCall() {
    List<Change> changes = List.of(change(ResourceKind.CAS_TOKEN, "t", ChangeKind.MANUAL),
        change(ResourceKind.AD_SYNC, "settings", ChangeKind.UPDATE));
    assertEquals(List.of(), ApplyCalls.estimate(changes, kind -> KindHandling.RUNBOOK_STEPS));
  }

  @Test
  void aBlockedListChangeThatOnlyAddsIsOnePost() {
    Change adds = change(ResourceKind.CAS_BLOCKED_LISTS, "mails", ChangeKind.CREATE,
        AttributeChange.plain("senders", Optional.empty(), Optional.of(Value.set(List.of("a@x.example", "b@x.example")))));
    assertEquals(List.of(new ApiCost("Cloud App Security", 0, 1, "20 per minute per token")),
        ApplyCalls.estimate(List.of(adds), kind -> KindHandling.API_CALLS));
  }

  @Test
  void mergesWithTheRefreshPerService() {
    List<ApiCost> merged = ApiCost.merge(
        List.of(new ApiCost("Apex Central", 4, "none published"), new ApiCost("Cloud App Security", 2, "20 per minute per token")),
        List.of(new ApiCost("Cloud App Security", 0, 3, "20 per minute per token"), new ApiCost("Management API", 0, 5, "none published")));
    assertEquals(List.of(new ApiCost("Apex Central", 4, 0, "none published"), new ApiCost("Cloud App Security", 2, 3, "20 per minute per token"),
        new ApiCost("Management API", 0, 5, "none published")), merged);
    assertEquals(5, merged.get(1).calls());
  }

  private static Change change(ResourceKind kind, String key, ChangeKind what, AttributeChange... attributes) {
    return new Change(Address.of(kind, key), what, List.of(attributes), Direction.NEUTRAL, Optional.empty(), true,
        Optional.empty(), List.of(), Optional.empty(), Optional.empty());
  }
}
