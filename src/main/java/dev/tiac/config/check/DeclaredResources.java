package dev.tiac.config.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Lists the resources a (schema-valid) document declares, kind by kind in the order given. */
public final class DeclaredResources {
  private DeclaredResources() {}

  public static List<Declared> of(JsonNode tree, List<Declarations> kinds) {
    List<Declared> all = new ArrayList<>();
    kinds.forEach(k -> all.addAll(k.in(tree)));
    return List.copyOf(all);
  }

  /** The resource whose declaration contains {@code pointer}, if any. */
  public static Optional<Declared> owning(List<Declared> declared, String pointer) {
    return declared.stream()
        .filter(d -> pointer.equals(d.pointer()) || pointer.startsWith(d.pointer() + "/"))
        .max((a, b) -> Integer.compare(a.pointer().length(), b.pointer().length()));
  }
}
