package dev.tiac.config.load;

import dev.tiac.config.diagnostics.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Where each part of a tree came from. Locations hang off container nodes by identity (scalar
 * nodes may be shared singletons), so a merge that moves containers between trees keeps them.
 */
public final class NodeLocations {
  /** The location of one object or array, its keys, its values and its elements. */
  static final class Container {
    final SourceLocation start;
    final Map<String, SourceLocation> keys = new HashMap<>();
    final Map<String, SourceLocation> values = new HashMap<>();
    final List<SourceLocation> elements = new ArrayList<>();

    Container(SourceLocation start) {
      this.start = start;
    }
  }

  private final Map<JsonNode, Container> containers = new IdentityHashMap<>();

  Container add(JsonNode container, SourceLocation start) {
    Container info = new Container(start);
    containers.put(container, info);
    return info;
  }

  Container get(JsonNode container) {
    return containers.get(container);
  }

  void absorb(NodeLocations other) {
    containers.putAll(other.containers);
  }

  /** The location of the value at {@code pointer}, or of its nearest located ancestor. */
  public SourceLocation valueAt(JsonNode root, String pointer) {
    return find(root, pointer, false);
  }

  /** Like {@link #valueAt} but, for an object property, the location of its key. */
  public SourceLocation keyAt(JsonNode root, String pointer) {
    return find(root, pointer, true);
  }

  private SourceLocation find(JsonNode root, String pointer, boolean preferKey) {
    JsonNode node = root;
    Container info = containers.get(root);
    SourceLocation best = info == null ? new SourceLocation("(input)", 1, 1) : info.start;
    for (String segment : Pointers.segments(pointer)) {
      if (node == null || info == null) {
        return best;
      }
      SourceLocation here;
      JsonNode next;
      if (node.isArray()) {
        int index = parseIndex(segment);
        if (index < 0 || index >= info.elements.size()) {
          return best;
        }
        here = info.elements.get(index);
        next = node.get(index);
      } else {
        SourceLocation value = info.values.get(segment);
        if (value == null) {
          return best;
        }
        here = preferKey ? info.keys.getOrDefault(segment, value) : value;
        next = node.get(segment);
      }
      best = here;
      node = next;
      info = next == null ? null : containers.get(next);
    }
    return best;
  }

  private static int parseIndex(String segment) {
    try {
      return Integer.parseInt(segment);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
