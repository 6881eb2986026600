package dev.tiac.config.check;

import dev.tiac.config.load.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Where one kind's resources sit in a (schema-valid) document: each one's address, the pointer of
 * its declaration and its outputs. Each kind's definition says it once; the loader lists every
 * kind's declarations through them, so the file's shape is not repeated per kind elsewhere.
 */
@FunctionalInterface
public interface Declarations {
  /** A kind concluded from the others, never declared. */
  Declarations NONE = tree -> List.of();

  List<Declared> in(JsonNode tree);

  /**
   * One resource per item of the list at {@code listPointer}, keyed by {@code key} of the item.
   *
   * @param outputs what other resources may refer to with {@code ${ref:…}}
   */
  static Declarations eachOf(String listPointer, String type, Function<JsonNode, String> key, String... outputs) {
    return eachOf(listPointer, type, key, Set.of(outputs), Set.of());
  }

  /** As {@link #eachOf(String, String, Function, String...)}, with the outputs that are secrets. */
  static Declarations eachOf(String listPointer, String type, Function<JsonNode, String> key, Set<String> outputs, Set<String> secretOutputs) {
    return tree -> {
      List<Declared> all = new ArrayList<>();
      JsonNode list = tree.at(listPointer);
      for (int i = 0; i < list.size(); i++) {
        all.add(new Declared(address(type, key.apply(list.get(i))), Pointers.child(listPointer, i), outputs, secretOutputs));
      }
      return all;
    };
  }

  /** One resource where the document has a node at {@code pointer}, keyed by {@code key} of that node. */
  static Declarations at(String pointer, String type, Function<JsonNode, String> key, String... outputs) {
    return tree -> {
      JsonNode node = tree.at(pointer);
      return node.isMissingNode() ? List.of() : List.of(new Declared(address(type, key.apply(node)), pointer, Set.of(outputs), Set.of()));
    };
  }

  /** {@code type["key"]}, the address the rest of tiac parses. */
  static String address(String type, String key) {
    return type + "[\"" + key + "\"]";
  }
}
