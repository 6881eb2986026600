package dev.tiac.plan.desired;

import dev.tiac.config.LoadedConfig;
import dev.tiac.config.check.Declared;
import dev.tiac.config.interpolate.Expression;
import dev.tiac.config.interpolate.Expressions;
import dev.tiac.config.load.MergedDocument;
import dev.tiac.config.load.Pointers;
import dev.tiac.contract.Address;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns a loaded file into desired resources with their dependencies: the procedure's order
 * (licences, service account, policies, token, cloud service settings, AD sync, Apex One policies,
 * email client) plus every {@code ${ref:…}}.
 */
public final class DesiredResources {
  /** Each kind follows the nearest declared kind before it in this chain. */
  private static final List<ResourceKind> PROCEDURE =
      List.of(
          ResourceKind.LICENCE,
          ResourceKind.CAS_SERVICE_ACCOUNT,
          ResourceKind.CAS_POLICY,
          ResourceKind.CAS_TOKEN,
          ResourceKind.CLOUD_SERVICE_SETTINGS,
          ResourceKind.AD_SYNC,
          ResourceKind.AD_SYNC_TOOL,
          ResourceKind.APEXONE_POLICY,
          ResourceKind.EMAIL_CLIENT);

  private DesiredResources() {}

  public static List<DesiredResource> of(LoadedConfig config) {
    MergedDocument document = config.document();
    Map<ResourceKind, List<Address>> byKind = new EnumMap<>(ResourceKind.class);
    List<Draft> drafts = new ArrayList<>();
    for (Declared declared : config.resources()) {
      Address address = Address.parse(declared.address()).orElseThrow(() -> new IllegalStateException("unknown address " + declared.address()));
      JsonNode node = document.tree().at(declared.pointer());
      Draft draft = Attributes.of(address, node);
      draft.pointer = declared.pointer();
      drafts.add(draft);
      byKind.computeIfAbsent(address.kind(), k -> new ArrayList<>()).add(address);
    }
    List<DesiredResource> resources = new ArrayList<>();
    for (Draft draft : drafts) {
      Set<Address> dependsOn = new HashSet<>(procedurePredecessors(draft.address.kind(), byKind));
      dependsOn.addAll(references(document.tree().at(draft.pointer)));
      dependsOn.remove(draft.address);
      resources.add(new DesiredResource(draft.address, draft.attributes, draft.secrets, dependsOn, draft.optIns, document.valueAt(draft.pointer)));
    }
    return List.copyOf(resources);
  }

  private static List<Address> procedurePredecessors(ResourceKind kind, Map<ResourceKind, List<Address>> byKind) {
    int at = PROCEDURE.indexOf(kind);
    if (kind == ResourceKind.CAS_BLOCKED_LISTS) {
      return byKind.getOrDefault(ResourceKind.CAS_SERVICE_ACCOUNT, List.of());
    }
    if (kind == ResourceKind.APEXONE_POLICY) {
      // Endpoint Sensor needs its licence, not Active Directory: a failed sync tool run must not hold the policies back.
      return byKind.getOrDefault(ResourceKind.LICENCE, List.of());
    }
    for (int i = at - 1; i >= 0; i--) {
      List<Address> declared = byKind.get(PROCEDURE.get(i));
      if (declared != null) {
        return declared;
      }
    }
    return List.of();
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

  /** A resource while its attributes are collected. */
  static final class Draft {
    final Address address;
    final Map<String, Value> attributes = new HashMap<>();
    final Map<String, String> secrets = new HashMap<>();
    final Set<DesiredResource.OptIn> optIns = new HashSet<>();
    String pointer = "";

    Draft(Address address) {
      this.address = address;
    }

    Draft put(String name, JsonNode value) {
      if (value != null && !value.isMissingNode() && !value.isNull()) {
        attributes.put(name, Attributes.canonical(value));
      }
      return this;
    }

    Draft put(String name, Value value) {
      attributes.put(name, value);
      return this;
    }

    Draft optIn(JsonNode flag, DesiredResource.OptIn optIn) {
      if (flag != null && flag.asBoolean(false)) {
        optIns.add(optIn);
      }
      return this;
    }

    static String pointerOf(String parent, String child) {
      return Pointers.child(parent, child);
    }
  }
}
