package dev.tiac.sandbox.tenant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The tenant data the public APIs write: suspicious objects, CAS blocked lists, agent isolation and
 * mitigation actions. Every change is handed to the persistence hook.
 */
public final class TenantData {
  public static final List<String> BLOCKED_LISTS = List.of("senders", "urls", "filehashes", "file256hashes");
  private final List<Udso> udso = new ArrayList<>();
  private final Map<String, Set<String>> blocked = new LinkedHashMap<>();
  private final Map<String, String> isolation = new LinkedHashMap<>();
  private final List<MitigationAction> mitigations = new ArrayList<>();
  private final Consumer<TenantSnapshot> onChange;

  public TenantData(TenantSnapshot from, Consumer<TenantSnapshot> onChange) {
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
  public synchronized void restore(TenantSnapshot from) {
    load(from);
    changed();
  }

  public synchronized TenantSnapshot snapshot() {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    blocked.forEach((k, v) -> lists.put(k, List.copyOf(v)));
    return new TenantSnapshot(udso, lists, isolation, mitigations);
  }

  private void changed() {
    onChange.accept(snapshot());
  }

  public synchronized List<Udso> udso() {
    return List.copyOf(udso);
  }

  /** Adds or replaces the object with the same type and content. */
  public synchronized void putUdso(Udso object) {
    udso.removeIf(u -> u.type().equalsIgnoreCase(object.type()) && u.content().equalsIgnoreCase(object.content()));
    udso.add(object);
    changed();
  }

  public synchronized boolean deleteUdso(String type, String content) {
    boolean removed = udso.removeIf(u -> u.type().equalsIgnoreCase(type) && u.content().equalsIgnoreCase(content));
    if (removed) {
      changed();
    }
    return removed;
  }

  public synchronized Map<String, List<String>> blockedLists() {
    return snapshot().blockedLists();
  }

  public synchronized void block(Map<String, List<String>> add, boolean create) {
    add.forEach((list, items) -> {
      Set<String> set = blocked.get(list);
      if (create) {
        set.addAll(items);
      } else {
        items.forEach(set::remove);
      }
    });
    changed();
  }

  public synchronized Optional<String> isolation(String agentGuid) {
    return Optional.ofNullable(isolation.get(agentGuid));
  }

  public synchronized void setIsolation(String agentGuid, String status) {
    isolation.put(agentGuid, status);
    changed();
  }

  public synchronized List<MitigationAction> mitigations() {
    return List.copyOf(mitigations);
  }

  public synchronized void addMitigations(List<MitigationAction> actions) {
    mitigations.addAll(actions);
    changed();
  }
}
