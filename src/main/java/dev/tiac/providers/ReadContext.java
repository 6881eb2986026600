package dev.tiac.providers;

import dev.tiac.plan.Address;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a read may know besides the service: the addresses the file declares and the attributes
 * tiac last applied or an operator last attested, from state.
 */
public record ReadContext(
    Function<Address, Optional<Map<String, String>>> lastApplied,
    Set<Address> declared,
    Function<Address, Map<String, String>> desired) {
  public ReadContext {
    declared = Set.copyOf(declared);
  }

  public static ReadContext empty() {
    return new ReadContext(a -> Optional.empty(), Set.of(), a -> Map.of());
  }
}
