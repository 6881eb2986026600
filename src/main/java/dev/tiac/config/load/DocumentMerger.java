package dev.tiac.config.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Overlays documents in order, the later winning: objects merge key by key, lists of named items
 * merge item by item (so an overlay can change one policy without repeating the others), and any
 * other value is replaced whole.
 */
final class DocumentMerger {
  /** Properties that name a list item, tried in this order; the first all items carry wins. */
  private static final List<String> IDENTITY_KEYS = List.of("name", "product", "value");

  private final NodeLocations locations;

  DocumentMerger(NodeLocations locations) {
    this.locations = locations;
  }

  JsonNode merge(JsonNode base, JsonNode overlay) {
    if (base.isObject() && overlay.isObject()) {
      return mergeObjects((ObjectNode) base, (ObjectNode) overlay);
    }
    if (base.isArray() && overlay.isArray()) {
      Optional<String> key = identityKey((ArrayNode) base, (ArrayNode) overlay);
      if (key.isPresent()) {
        return mergeNamedLists((ArrayNode) base, (ArrayNode) overlay, key.get());
      }
    }
    return overlay;
  }

  private ObjectNode mergeObjects(ObjectNode base, ObjectNode overlay) {
    ObjectNode merged = JsonNodeFactory.instance.objectNode();
    NodeLocations.Container baseInfo = locations.get(base);
    NodeLocations.Container overlayInfo = locations.get(overlay);
    NodeLocations.Container info = locations.add(merged, baseInfo.start);
    for (Map.Entry<String, JsonNode> entry : base.properties()) {
      merged.set(entry.getKey(), entry.getValue());
      copyProperty(baseInfo, info, entry.getKey());
    }
    for (Map.Entry<String, JsonNode> entry : overlay.properties()) {
      String name = entry.getKey();
      JsonNode previous = merged.get(name);
      merged.set(name, previous == null ? entry.getValue() : merge(previous, entry.getValue()));
      copyProperty(overlayInfo, info, name);
    }
    return merged;
  }

  private ArrayNode mergeNamedLists(ArrayNode base, ArrayNode overlay, String key) {
    Map<String, JsonNode> items = new LinkedHashMap<>();
    Map<String, NodeLocationsRef> origins = new LinkedHashMap<>();
    collect(base, key, items, origins);
    NodeLocations.Container overlayInfo = locations.get(overlay);
    for (int i = 0; i < overlay.size(); i++) {
      JsonNode item = overlay.get(i);
      String id = item.get(key).asString();
      JsonNode previous = items.get(id);
      items.put(id, previous == null ? item : merge(previous, item));
      origins.put(id, new NodeLocationsRef(overlayInfo, i));
    }
    ArrayNode merged = JsonNodeFactory.instance.arrayNode();
    NodeLocations.Container info = locations.add(merged, locations.get(base).start);
    items.forEach(
        (id, item) -> {
          merged.add(item);
          NodeLocationsRef origin = origins.get(id);
          info.elements.add(origin.container().elements.get(origin.index()));
        });
    return merged;
  }

  private void collect(ArrayNode list, String key, Map<String, JsonNode> items, Map<String, NodeLocationsRef> origins) {
    NodeLocations.Container info = locations.get(list);
    for (int i = 0; i < list.size(); i++) {
      String id = list.get(i).get(key).asString();
      // A name repeated inside one file stays repeated, so the uniqueness check can still report it.
      while (items.containsKey(id)) {
        id = id + "\u0000";
      }
      items.put(id, list.get(i));
      origins.put(id, new NodeLocationsRef(info, i));
    }
  }

  private record NodeLocationsRef(NodeLocations.Container container, int index) {}

  private static void copyProperty(NodeLocations.Container from, NodeLocations.Container to, String name) {
    to.keys.put(name, from.keys.get(name));
    to.values.put(name, from.values.get(name));
  }

  private static Optional<String> identityKey(ArrayNode base, ArrayNode overlay) {
    return IDENTITY_KEYS.stream()
        .filter(k -> allNamedBy(base, k) && allNamedBy(overlay, k))
        .findFirst();
  }

  private static boolean allNamedBy(ArrayNode list, String key) {
    for (JsonNode item : list) {
      if (!item.isObject() || item.get(key) == null || !item.get(key).isString()) {
        return false;
      }
    }
    return true;
  }
}
