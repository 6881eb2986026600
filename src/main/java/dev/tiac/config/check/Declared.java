package dev.tiac.config.check;

import java.util.Set;

/**
 * A resource the file declares: its stable address (e.g. {@code cas.policy["Default Exchange
 * Policy ATP"]}), the JSON pointer of its declaration, and the outputs other resources may refer
 * to, with those that are secrets.
 */
public record Declared(String address, String pointer, Set<String> outputs, Set<String> secretOutputs) {
  public Declared {
    outputs = Set.copyOf(outputs);
    secretOutputs = Set.copyOf(secretOutputs);
  }
}
