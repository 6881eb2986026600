package dev.tiac.plan.graph;

import dev.tiac.contract.Address;
import dev.tiac.contract.DesiredResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Orders resources so each comes after what it depends on, in levels: everything in one level can
 * run in parallel. Deletes walk the levels backwards.
 */
public final class DependencyGraph {
  private final List<List<Address>> levels;

  private DependencyGraph(List<List<Address>> levels) {
    this.levels = levels;
  }

  public static DependencyGraph of(List<DesiredResource> resources) {
    Map<Address, DesiredResource> byAddress = new HashMap<>();
    resources.forEach(r -> byAddress.put(r.address(), r));
    Map<Address, Integer> remaining = new HashMap<>();
    Map<Address, List<Address>> dependents = new HashMap<>();
    for (DesiredResource r : resources) {
      int count = 0;
      for (Address dependency : r.dependsOn()) {
        if (byAddress.containsKey(dependency)) {
          count++;
          dependents.computeIfAbsent(dependency, k -> new ArrayList<>()).add(r.address());
        }
      }
      remaining.put(r.address(), count);
    }
    List<List<Address>> levels = new ArrayList<>();
    TreeSet<Address> ready = new TreeSet<>();
    remaining.forEach((address, count) -> {
      if (count == 0) {
        ready.add(address);
      }
    });
    int placed = 0;
    while (!ready.isEmpty()) {
      List<Address> level = List.copyOf(ready);
      levels.add(level);
      placed += level.size();
      ready.clear();
      for (Address done : level) {
        for (Address dependent : dependents.getOrDefault(done, List.of())) {
          if (remaining.merge(dependent, -1, Integer::sum) == 0) {
            ready.add(dependent);
          }
        }
      }
    }
    if (placed != resources.size()) {
      List<String> stuck = remaining.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey().toString()).sorted().toList();
      throw new CycleException("dependency cycle among: " + String.join(", ", stuck));
    }
    return new DependencyGraph(List.copyOf(levels));
  }

  public List<List<Address>> levels() {
    return levels;
  }

  public List<Address> order() {
    return levels.stream().flatMap(List::stream).toList();
  }

  /** Raised when no order exists; validation reports the same cycle with its location first. */
  public static final class CycleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CycleException(String message) {
      super(message);
    }
  }
}
