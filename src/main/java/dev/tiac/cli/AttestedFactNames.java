package dev.tiac.cli;

import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.spi.AttestedFact;
import dev.tiac.contract.spi.KindRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The facts {@code tiac attest --fact} accepts for each check, as the check's definition names them. */
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
}
