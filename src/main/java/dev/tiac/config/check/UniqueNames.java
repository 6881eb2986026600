package dev.tiac.config.check;

import dev.tiac.config.diagnostics.Diagnostic;
import dev.tiac.config.load.MergedDocument;
import dev.tiac.config.load.Pointers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Items of a named list must have different names: the name is the resource's address. */
final class UniqueNames implements Check {
  private record NamedList(String pointer, String what, Function<JsonNode, String> key) {}

  private static final List<NamedList> LISTS =
      List.of(
          new NamedList("/licences", "licence for product", n -> n.path("product").asString()),
          new NamedList("/cloudAppSecurity/policies", "policy", n -> n.path("name").asString()),
          new NamedList("/cloudAppSecurity/tokens", "token", n -> n.path("name").asString()),
          new NamedList("/apexCentral/suspiciousObjects", "suspicious object", DeclaredResources::suspiciousKey),
          new NamedList("/apexOne/policies", "policy", n -> n.path("name").asString()),
          new NamedList("/investigations", "investigation", n -> n.path("name").asString()));

  @Override
  public void run(MergedDocument document, List<Declared> declared, List<Diagnostic> out) {
    for (NamedList list : LISTS) {
      JsonNode items = document.tree().at(list.pointer());
      Map<String, String> firstSeen = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        String key = list.key().apply(items.get(i));
        String pointer = Pointers.child(list.pointer(), i);
        String earlier = firstSeen.putIfAbsent(key, pointer);
        if (earlier != null) {
          var first = document.valueAt(earlier);
          out.add(Diagnostic.error(document.valueAt(pointer), pointer,
              "duplicate " + list.what() + " \"" + key + "\": already declared at " + first + "; names must be unique"));
        }
      }
    }
  }
}
