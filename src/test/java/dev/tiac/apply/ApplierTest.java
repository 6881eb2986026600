package dev.tiac.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.config.ConfigLoader;
import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.spi.Capabilities;
import dev.tiac.contract.spi.Creator;
import dev.tiac.contract.spi.Deleter;
import dev.tiac.contract.spi.ReadContext;
import dev.tiac.contract.spi.ResourceType;
import dev.tiac.contract.spi.Updater;
import dev.tiac.plan.Plan;
import dev.tiac.plan.desired.DesiredResources;
import dev.tiac.plan.diff.DiffInput;
import dev.tiac.plan.diff.Differ;
import dev.tiac.plan.diff.PruneGrant;
import dev.tiac.plan.diff.RemovalPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplierTest {
  @TempDir Path dir;

  /** An honest in-memory service: it keeps what it is given and fails the writes it is told to. */
  static final class FakeObjects implements ResourceType, Creator, Updater, Deleter {
    final Map<Address, LiveResource> objects = new ConcurrentHashMap<>();
    final AtomicInteger writes = new AtomicInteger();
    volatile int failOnWrite = -1;

    @Override
    public ResourceKind kind() {
      return ResourceKind.SUSPICIOUS_OBJECT;
    }

    @Override
    public List<LiveResource> list(ReadContext context) {
      return List.copyOf(objects.values());
    }

    private void write() {
      if (writes.incrementAndGet() == failOnWrite) {
        throw new IllegalStateException("connection reset");
      }
    }

    @Override
    public LiveResource create(DesiredResource desired) {
      write();
      LiveResource made = LiveResource.of(desired.address(), desired.attributes());
      objects.put(desired.address(), made);
      return made;
    }

    @Override
    public LiveResource update(DesiredResource desired, LiveResource live) {
      return create(desired);
    }

    @Override
    public void delete(LiveResource live) {
      write();
      objects.remove(live.address());
    }
  }

  /** State in memory: what apply recorded, by address. */
  static final class MemoryRecorder implements StateRecorder {
    final Map<Address, LiveResource> recorded = new ConcurrentHashMap<>();
    final Set<Address> owned = ConcurrentHashMap.newKeySet();

    @Override
    public void creating(java.util.List<Address> addresses) {}

    @Override
    public void applied(Address address, LiveResource live, boolean created, Map<String, String> secrets) {
      recorded.put(address, live);
      if (created) {
        owned.add(address);
      }
    }

    @Override
    public void deleted(Address address) {
      recorded.remove(address);
      owned.remove(address);
    }
  }

  private List<DesiredResource> desired(String objects) throws IOException {
    Path file = dir.resolve("setup.yaml");
    Files.writeString(file, "apiVersion: tiac.dev/v1\nkind: ThreatInvestigationSetup\nmetadata:\n  name: t\napexCentral:\n  suspiciousObjects:\n" + objects);
    return DesiredResources.of(new ConfigLoader().load(List.of(file)));
  }

  private static String objects(int count) {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < count; i++) {
      yaml.append("    - {type: domain, value: c2-").append(i).append(".example, scanAction: block}\n");
    }
    return yaml.toString();
  }

  private static Differ.Result derive(List<DesiredResource> desired, FakeObjects service, MemoryRecorder state, Set<ResourceKind> prune) {
    Map<Address, LiveResource> live = new HashMap<>();
    service.list(ReadContext.empty()).forEach(l -> live.put(l.address(), l));
    RemovalPolicy removal = new RemovalPolicy(prune.stream().map(k -> new PruneGrant(Address.of(k, "*"), "test")).toList(), true, Set.of(ResourceKind.SUSPICIOUS_OBJECT));
    return new Differ().compare(new DiffInput(desired, live, state.owned, Set.of(ResourceKind.SUSPICIOUS_OBJECT), a -> Map.of(), k -> KindHandling.API_CALLS, Map.of(), removal));
  }

  private static List<Change> plan(List<DesiredResource> desired, FakeObjects service, MemoryRecorder state, Set<ResourceKind> prune) {
    return derive(desired, service, state, prune).changes();
  }

  private static List<Outcome> apply(List<Change> changes, List<DesiredResource> desired, FakeObjects service, MemoryRecorder state) {
    return apply(changes, desired, service, state, Set.of());
  }

  /** Applies under the guard of a plan derived again now, with the prune opt-ins given. */
  private static List<Outcome> apply(List<Change> changes, List<DesiredResource> desired, FakeObjects service, MemoryRecorder state, Set<ResourceKind> prune) {
    Map<Address, LiveResource> live = new HashMap<>();
    service.list(ReadContext.empty()).forEach(l -> live.put(l.address(), l));
    Differ.Result fresh = derive(desired, service, state, prune);
    Plan derived = new Plan("t", "", 0, Map.of(), Map.of(), fresh.changes(), List.of(), List.of(), Plan.OptIns.NONE, fresh.removals());
    Capabilities caps = new Capabilities().with(ResourceKind.SUSPICIOUS_OBJECT, service);
    return new Applier(caps, c -> false, state, d -> Map.of(), 4).apply(changes, desired, live, Guard.of(derived, state.owned, desired));
  }

  @Test
  void applyThenPlanIsEmptyAndASecondApplyWritesNothing() throws IOException {
    List<DesiredResource> desired = desired(objects(30));
    FakeObjects service = new FakeObjects();
    MemoryRecorder state = new MemoryRecorder();
    List<Outcome> first = apply(plan(desired, service, state, Set.of()), desired, service, state);
    assertEquals(30, first.stream().filter(o -> o.status() == Outcome.Status.APPLIED).count());
    assertEquals(30, service.writes.get());
    List<Change> again = plan(desired, service, state, Set.of());
    assertTrue(again.stream().noneMatch(Change::isAction), again.toString());
    apply(again, desired, service, state);
    assertEquals(30, service.writes.get());
  }

  @Test
  void aFailureKeepsWhatFinishedAndTheNextRunCompletesWithoutDuplicates() throws IOException {
    List<DesiredResource> desired = desired(objects(30));
    FakeObjects service = new FakeObjects();
    service.failOnWrite = 7;
    MemoryRecorder state = new MemoryRecorder();
    List<Outcome> first = apply(plan(desired, service, state, Set.of()), desired, service, state);
    assertEquals(1, first.stream().filter(o -> o.status() == Outcome.Status.FAILED).count());
    assertEquals(29, state.recorded.size());
    service.failOnWrite = -1;
    List<Change> rest = plan(desired, service, state, Set.of());
    assertEquals(1, rest.stream().filter(c -> c.kind() == ChangeKind.CREATE).count());
    apply(rest, desired, service, state);
    assertEquals(30, service.objects.size());
    assertEquals(31, service.writes.get());
  }

  @Test
  void aPruneWithoutItsOptInRefusesTheWholeApply() throws IOException {
    FakeObjects service = new FakeObjects();
    MemoryRecorder state = new MemoryRecorder();
    List<DesiredResource> before = desired(objects(3));
    apply(plan(before, service, state, Set.of()), before, service, state);
    List<DesiredResource> after = new ArrayList<>(desired(objects(2)));
    after.addAll(desired("    - {type: domain, value: new.example, scanAction: block}\n"));
    List<Change> changes = plan(after, service, state, Set.of(ResourceKind.SUSPICIOUS_OBJECT));
    assertEquals(1, changes.stream().filter(c -> c.kind() == ChangeKind.DELETE).count());
    int writes = service.writes.get();
    // The delete's opt-in is the prune permission; remove it to see the refusal.
    List<Change> withoutOptIn = changes.stream().map(c -> c.kind() == ChangeKind.DELETE ? c.withRules(c.direction(), c.consequence(), false) : c).toList();
    List<Outcome> refused = apply(withoutOptIn, after, service, state, Set.of(ResourceKind.SUSPICIOUS_OBJECT));
    assertTrue(refused.stream().allMatch(o -> o.status() == Outcome.Status.REFUSED));
    assertEquals(writes, service.writes.get());
    // The guard derives the plan again: without the opt-in now, the same changes are refused.
    List<Outcome> rederived = apply(changes, after, service, state, Set.of());
    assertTrue(rederived.stream().allMatch(o -> o.status() == Outcome.Status.REFUSED), rederived.toString());
    assertEquals(writes, service.writes.get());
    apply(changes, after, service, state, Set.of(ResourceKind.SUSPICIOUS_OBJECT));
    assertEquals(3, service.objects.size());
  }
}
