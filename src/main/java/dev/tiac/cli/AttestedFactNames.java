package dev.tiac.cli;

import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.spi.AttestedFact;
import dev.tiac.contract.spi.KindRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts {@code tiac attest --fact} accepts for each check, their shapes, and how an operator is
 * asked for them, as the check's definition names them.
 */
final class AttestedFactNames {
  private final KindRegistry kinds;

  AttestedFactNames(KindRegistry kinds) {
    this.kinds = kinds;
  }

  String example(ResourceKind kind) {
    List<AttestedFact> facts = kinds.of(kind).facts();
    return facts.isEmpty() ? "(this check takes no attested facts)"
        : String.join(" ", facts.stream().map(f -> "--fact " + f.example()).toList());
  }

  /** Refuses unknown names and malformed values before anything is recorded. */
  void validate(ResourceKind kind, Map<String, String> facts) {
    for (Map.Entry<String, String> fact : facts.entrySet()) {
      Optional<AttestedFact> known = kinds.of(kind).facts().stream().filter(f -> f.name().equals(fact.getKey())).findFirst();
      if (known.isEmpty()) {
        throw new IllegalArgumentException("--fact " + fact.getKey() + " is not a fact of " + kind.type() + "; it takes " + example(kind));
      }
      String value = fact.getValue().trim();
      if (!known.get().valid().test(value)) {
        throw new IllegalArgumentException("--fact " + fact.getKey() + "=" + value + " is not valid: expected " + example(kind));
      }
    }
  }

  /**
   * Asks the operator for each fact of {@code kind} in turn, again after an answer of the wrong
   * shape; empty when the input ends first (nobody there to answer).
   */
  Optional<Map<String, String>> ask(ResourceKind kind, BufferedReader in, PrintWriter err) {
    Map<String, String> facts = new LinkedHashMap<>();
    try {
      for (AttestedFact fact : kinds.of(kind).facts()) {
        while (!facts.containsKey(fact.name())) {
          err.print(fact.question() + ": ");
          err.flush();
          String answer = in.readLine();
          if (answer == null) {
            err.println();
            return Optional.empty();
          }
          if (fact.valid().test(answer.trim())) {
            facts.put(fact.name(), answer.trim());
          } else {
            err.println("  not " + fact.shape() + "; try again");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the answer: " + e.getMessage(), e);
    }
    return Optional.of(facts);
  }
}
