package dev.tiac.providers.console;

import dev.tiac.contract.Address;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Creator;
import dev.tiac.contract.spi.ReadContext;
import dev.tiac.contract.spi.ResourceType;
import dev.tiac.contract.spi.Updater;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Shared shape of a console kind under the api driver: the console shows some attributes; the
 * rest (an administrator's name, a schedule kept on the AD server) it cannot show, so those come
 * from what tiac last applied.
 */
abstract class ConsoleType implements ResourceType, Creator, Updater {
  final ManagementClient client;

  ConsoleType(ManagementClient client) {
    this.client = client;
  }

  /** Attributes the console itself shows for this kind. */
  abstract Set<String> visible();

  /** The console's objects of this kind, by address, with their visible attributes. */
  abstract Map<Address, Map<String, Value>> read(ReadContext context);

  /**
   * Of the attributes the console cannot show, those that {@code shown} says were never put in
   * place (a tool issued but never run): left out rather than taken from state, so they plan again.
   */
  Set<String> notInPlace(Map<String, Value> shown) {
    return Set.of();
  }

  @Override
  public final List<LiveResource> list(ReadContext context) {
    return read(context).entrySet().stream().map(e -> {
      Map<String, Value> attributes = new HashMap<>();
      // What the console cannot show comes from what tiac last applied; never applied (a run that
      // died between the call and its state save), nothing contradicts the file, so it stands.
      Map<String, Value> known = context.lastApplied().apply(e.getKey()).orElseGet(() -> context.desired().apply(e.getKey()));
      Set<String> missing = notInPlace(e.getValue());
      known.forEach((k, v) -> {
        if (!visible().contains(k) && !missing.contains(k)) {
          attributes.put(k, v);
        }
      });
      attributes.putAll(e.getValue());
      return LiveResource.of(e.getKey(), attributes);
    }).toList();
  }

  static Optional<String> text(tools.jackson.databind.JsonNode node, String field) {
    tools.jackson.databind.JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value.asString());
  }

  static Address address(ResourceKind kind, String key) {
    return Address.of(kind, key);
  }
}
