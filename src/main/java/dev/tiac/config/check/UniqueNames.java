package dev.tiac.config.check;

import dev.tiac.config.diagnostics.Diagnostic;
import dev.tiac.config.load.MergedDocument;
import dev.tiac.config.load.Pointers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Resources must have different addresses, and investigations different names: the address is what
 * state, plans and references name a resource by.
 */
final class UniqueNames implements Check {
  @Override
  public void run(MergedDocument document, List<Declared> declared, List<Diagnostic> out) {
    Map<String, String> firstSeen = new HashMap<>();
    for (Declared d : declared) {
      String earlier = firstSeen.putIfAbsent(d.address(), d.pointer());
      if (earlier != null) {
        out.add(duplicate(document, d.pointer(), earlier, d.address()));
      }
    }
    JsonNode investigations = document.tree().at("/investigations");
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < investigations.size(); i++) {
      String name = investigations.get(i).path("name").asString();
      String pointer = Pointers.child("/investigations", i);
      String earlier = names.putIfAbsent(name, pointer);
      if (earlier != null) {
        out.add(duplicate(document, pointer, earlier, "investigation \"" + name + "\""));
      }
    }
  }

  private static Diagnostic duplicate(MergedDocument document, String pointer, String earlier, String what) {
    return Diagnostic.error(document.valueAt(pointer), pointer,
        "duplicate " + what + ": already declared at " + document.valueAt(earlier) + "; names must be unique");
  }
}
