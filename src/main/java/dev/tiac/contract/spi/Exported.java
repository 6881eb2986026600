package dev.tiac.contract.spi;

import dev.tiac.contract.LiveResource;
import dev.tiac.contract.Value;
import java.util.List;
import java.util.Optional;

/**
 * What {@code tiac export} writes for a kind, at the place in the file where the kind is declared
 * (a JSON pointer such as {@code /cloudAppSecurity/policies}): what the services show, or, for what
 * only a person can confirm, comment lines there to review and uncomment.
 */
public sealed interface Exported {
  String pointer();

  /** An attribute the kind's reader always sets: missing, the read was wrong, and export says so rather than guess. */
  static Value shown(LiveResource r, String name) {
    return Optional.ofNullable(r.attributes().get(name)).orElseThrow(() -> new IllegalStateException(r.address() + " was read without its " + name));
  }

  /** One mapping at the pointer. */
  record One(String pointer, Entry entry) implements Exported {}

  /** A list of mappings at the pointer, one per live object. */
  record Each(String pointer, List<Entry> entries) implements Exported {
    public Each {
      entries = List.copyOf(entries);
    }
  }

  /** Comment lines where the pointer's key would be. */
  record Commented(String pointer, List<String> lines) implements Exported {
    public Commented {
      lines = List.copyOf(lines);
    }
  }
}
