package dev.tiac.config.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Visits the string values of a tree that a check cares about, with their pointers. Pointers are
 * built only for the strings visited: building one for every node of a 1 MiB file cost more than
 * the checks themselves.
 */
public final class StringLeaves {
  private StringLeaves() {}

  /** Calls {@code visitor} with (pointer, text) for each string value that {@code wanted} accepts, in document order. */
  public static void visit(JsonNode root, Predicate<String> wanted, BiConsumer<String, String> visitor) {
    walk(root, new ArrayList<>(), wanted, visitor);
  }

  private static void walk(JsonNode node, List<Object> path, Predicate<String> wanted, BiConsumer<String, String> visitor) {
    if (node.isObject()) {
      for (var entry : node.properties()) {
        path.add(entry.getKey());
        walk(entry.getValue(), path, wanted, visitor);
        path.remove(path.size() - 1);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        path.add(i);
        walk(node.get(i), path, wanted, visitor);
        path.remove(path.size() - 1);
      }
    } else if (node.isString() && wanted.test(node.asString())) {
      visitor.accept(Pointers.of(path), node.asString());
    }
  }
}
