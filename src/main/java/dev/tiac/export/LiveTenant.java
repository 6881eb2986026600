package dev.tiac.export;

import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an export read from the live services: every object by kind, in the canonical attribute
 * text plans compare, and which console kinds only a runbook could confirm (no management API).
 */
public record LiveTenant(Map<ResourceKind, List<LiveResource>> objects, Set<ResourceKind> runbookOnly) {
  public LiveTenant {
    objects = Map.copyOf(objects);
    runbookOnly = Set.copyOf(runbookOnly);
  }

  public List<LiveResource> of(ResourceKind kind) {
    return objects.getOrDefault(kind, List.of()).stream().sorted((a, b) -> a.address().compareTo(b.address())).toList();
  }
}
