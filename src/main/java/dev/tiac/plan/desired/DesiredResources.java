package dev.tiac.plan.desired;

import dev.tiac.config.LoadedConfig;
import dev.tiac.config.check.Declared;
import dev.tiac.config.interpolate.Expression;
import dev.tiac.config.interpolate.Expressions;
import dev.tiac.config.load.MergedDocument;
import dev.tiac.contract.Address;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.spi.Desired;
import dev.tiac.contract.spi.KindRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns a loaded file into desired resources with their dependencies: the procedure's order, as
 * each kind's definition states what it follows, plus every {@code ${ref:…}}.
 */
public final class DesiredResources {
  private DesiredResources() {}

  public static List<DesiredResource> of(LoadedConfig config, KindRegistry kinds) {
    MergedDocument document = config.document();
    Map<ResourceKind, List<Address>> byKind = new EnumMap<>(ResourceKind.class);
    Map<Address, Desired> read = new LinkedHashMap<>();
    Map<Address, String> pointers = new HashMap<>();
    for (Declared declared : config.resources()) {
      Address address = Address.parse(declared.address()).orElseThrow(() -> new IllegalStateException("unknown address " + declared.address()));
      Desired desired = new Desired();
      kinds.of(address.kind()).read(document.tree().at(declared.pointer()), desired);
      read.put(address, desired);
      pointers.put(address, declared.pointer());
      byKind.computeIfAbsent(address.kind(), k -> new ArrayList<>()).add(address);
    }
    List<DesiredResource> resources = new ArrayList<>();
    read.forEach((address, desired) -> {
      String pointer = pointers.get(address);
      Set<Address> dependsOn = new HashSet<>(kinds.predecessor(address.kind(), byKind::containsKey).map(byKind::get).orElse(List.of()));
      dependsOn.addAll(references(document.tree().at(pointer)));
      dependsOn.remove(address);
      resources.add(new DesiredResource(address, desired.attributes(), desired.secrets(), dependsOn, desired.optIns(), document.valueAt(pointer)));
    });
    return List.copyOf(resources);
  }

  private static Set<Address> references(JsonNode node) {
    Set<Address> found = new HashSet<>();
    if (node.isObject()) {
      node.properties().forEach(e -> found.addAll(references(e.getValue())));
    } else if (node.isArray()) {
      node.forEach(n -> found.addAll(references(n)));
    } else if (node.isString()) {
      for (Expression e : Expressions.parse(node.asString()).expressions()) {
        if (e.kind() == Expression.Kind.REF) {
          Expressions.RefAddress.parse(e.argument()).flatMap(r -> Address.parse(r.address())).ifPresent(found::add);
        }
      }
    }
    return found;
  }
}
