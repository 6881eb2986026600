package dev.tiac.sandbox.tenant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The tenant data the public APIs write: suspicious objects, CAS blocked lists, agent isolation and
 * mitigation actions. Every change is handed to the persistence hook under this object's lock; the
 * commit the hook returns is awaited after the lock is released, so a change returns only once it
 * is kept, and parallel changes can share one write.
 */
public final class TenantData {
  public static final List<String> BLOCKED_LISTS = List.of("senders", "urls", "filehashes", "file256hashes");
  private final List<Udso> udso = new ArrayList<>();
  private final Map<String, Set<String>> blocked = new LinkedHashMap<>();
  private final Map<String, String> isolation = new LinkedHashMap<>();
  private final List<MitigationAction> mitigations = new ArrayList<>();
  private final Function<TenantSnapshot, Runnable> onChange;

  /** @param onChange notes a snapshot and returns what waits until it is kept */
  public TenantData(TenantSnapshot from, Function<TenantSnapshot, Runnable> onChange) {
    this.onChange = onChange;
    load(from);
  }

  private void load(TenantSnapshot from) {
    udso.clear();
    udso.addAll(from.udso());
    blocked.clear();
    BLOCKED_LISTS.forEach(k -> blocked.put(k, new LinkedHashSet<>(from.blockedLists().getOrDefault(k, List.of()))));
    isolation.clear();
    isolation.putAll(from.isolation());
    mitigations.clear();
    mitigations.addAll(from.mitigations());
  }

  /** Replaces everything with an earlier snapshot (a test resetting a served sandbox). */
  public void restore(TenantSnapshot from) {
    Runnable commit;
    synchronized (this) {
      load(from);
      commit = changed();
    }
    commit.run();
  }

  /** Data kept in memory only, for a test that needs no persistence. */
  public static TenantData inMemory(TenantSnapshot from) {
    return new TenantData(from, snapshot -> () -> { });
  }

  public synchronized TenantSnapshot snapshot() {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    blocked.forEach((k, v) -> lists.put(k, List.copyOf(v)));
    return new TenantSnapshot(udso, lists, isolation, mitigations);
  }

  private Runnable changed() {
    return onChange.apply(snapshot());
  }

  public synchronized List<Udso> udso() {
    return List.copyOf(udso);
  }

  /** Adds or replaces the object with the same type and content. */
  public void putUdso(Udso object) {
    Runnable commit;
    synchronized (this) {
      udso.removeIf(u -> u.type().equalsIgnoreCase(object.type()) && u.content().equalsIgnoreCase(object.content()));
      udso.add(object);
      commit = changed();
    }
    commit.run();
  }

  public boolean deleteUdso(String type, String content) {
    Runnable commit;
    synchronized (this) {
      if (!udso.removeIf(u -> u.type().equalsIgnoreCase(type) && u.content().equalsIgnoreCase(content))) {
        return false;
      }
      commit = changed();
    }
    commit.run();
    return true;
  }

  public synchronized Map<String, List<String>> blockedLists() {
    return snapshot().blockedLists();
  }

  public void block(Map<String, List<String>> add, boolean create) {
    Runnable commit;
    synchronized (this) {
      add.forEach((list, items) -> {
        Set<String> set = blocked.get(list);
        if (create) {
          set.addAll(items);
        } else {
          items.forEach(set::remove);
        }
      });
      commit = changed();
    }
    commit.run();
  }

  public synchronized Optional<String> isolation(String agentGuid) {
    return Optional.ofNullable(isolation.get(agentGuid));
  }

  public void setIsolation(String agentGuid, String status) {
    Runnable commit;
    synchronized (this) {
      isolation.put(agentGuid, status);
      commit = changed();
    }
    commit.run();
  }

  public synchronized List<MitigationAction> mitigations() {
    return List.copyOf(mitigations);
  }

  public void addMitigations(List<MitigationAction> actions) {
    Runnable commit;
    synchronized (this) {
      mitigations.addAll(actions);
      commit = changed();
    }
    commit.run();
  }
}
