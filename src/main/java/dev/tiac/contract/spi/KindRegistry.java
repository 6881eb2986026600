package dev.tiac.contract.spi;

import dev.tiac.config.check.Declarations;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.SetupStep;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every kind's definition, exactly one per {@link ResourceKind}: the one list the run's wiring
 * hands to plan, apply, export and reports. Built once; a kind without a definition, or with two,
 * is refused when it is built, before any run.
 */
public final class KindRegistry {
  private final Map<ResourceKind, KindDefinition> byKind = new EnumMap<>(ResourceKind.class);

  public KindRegistry(List<? extends KindDefinition> definitions) {
    for (KindDefinition d : definitions) {
      if (byKind.put(d.kind(), d) != null) {
        throw new IllegalArgumentException("two definitions of " + d.kind().type());
      }
    }
    List<String> missing = Arrays.stream(ResourceKind.values()).filter(k -> !byKind.containsKey(k)).map(ResourceKind::type).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("no definition of " + String.join(", ", missing));
    }
    for (KindDefinition d : definitions) {
      // A chain of afters longer than the kinds there are goes round in a circle.
      Optional<ResourceKind> before = d.after();
      for (int i = 0; before.isPresent(); i++, before = of(before.get()).after()) {
        if (i > byKind.size()) {
          throw new IllegalArgumentException(d.kind().type() + " follows itself in the procedure");
        }
      }
    }
  }

  public KindDefinition of(ResourceKind kind) {
    return byKind.get(kind);
  }

  /** Every definition, in the order of {@link ResourceKind}. */
  public List<KindDefinition> all() {
    return List.copyOf(byKind.values());
  }

  /** Where each kind is declared in the file, in the order the file's resources are listed. */
  public List<Declarations> declarations() {
    return all().stream().map(KindDefinition::declarations).toList();
  }

  /** The kinds of one procedure step. */
  public List<ResourceKind> kinds(SetupStep step) {
    return all().stream().filter(d -> d.step() == step).map(KindDefinition::kind).toList();
  }

  /**
   * The kind whose declared resources {@code kind} depends on: the nearest one back along the
   * procedure that the file declares.
   */
  public Optional<ResourceKind> predecessor(ResourceKind kind, java.util.function.Predicate<ResourceKind> declared) {
    Optional<ResourceKind> before = of(kind).after();
    while (before.isPresent() && !declared.test(before.get())) {
      before = of(before.get()).after();
    }
    return before;
  }

  /** Each step with its kinds, in the procedure's order. */
  public Map<SetupStep, List<ResourceKind>> steps() {
    return all().stream().collect(Collectors.groupingBy(KindDefinition::step, () -> new EnumMap<>(SetupStep.class),
        Collectors.mapping(KindDefinition::kind, Collectors.toList())));
  }
}
