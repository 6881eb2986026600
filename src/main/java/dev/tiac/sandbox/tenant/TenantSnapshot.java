package dev.tiac.sandbox.tenant;

import java.util.List;
import java.util.Map;

/** What the public APIs changed in the tenant, as persisted. */
public record TenantSnapshot(List<Udso> udso, Map<String, List<String>> blockedLists, Map<String, String> isolation,
    List<MitigationAction> mitigations) {
  public static final TenantSnapshot EMPTY = new TenantSnapshot(List.of(), Map.of(), Map.of(), List.of());

  public TenantSnapshot {
    udso = List.copyOf(udso);
    blockedLists = Map.copyOf(blockedLists);
    isolation = Map.copyOf(isolation);
    mitigations = List.copyOf(mitigations);
  }
}
