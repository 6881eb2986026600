package dev.tiac.contract.spi;

import dev.tiac.contract.Address;
import dev.tiac.contract.Value;
import dev.tiac.state.Attestation;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a read may know besides the service: the addresses the file declares, the attributes tiac
 * last applied or an operator last attested, from state, the objects an earlier apply began
 * creating and never recorded (it died before the answer arrived), who attested what, when, and
 * every address the state records (a tool replaced by another is still recorded).
 */
public record ReadContext(
    Function<Address, Optional<Map<String, Value>>> lastApplied,
    Set<Address> declared,
    Function<Address, Map<String, Value>> desired,
    Set<Address> creating,
    Function<Address, Optional<Attestation>> attestations,
    Set<Address> recorded) {
  public ReadContext {
    declared = Set.copyOf(declared);
    creating = Set.copyOf(creating);
    recorded = Set.copyOf(recorded);
  }

  /** A read that knows nothing the state records beyond what it asks for by address. */
  public ReadContext(Function<Address, Optional<Map<String, Value>>> lastApplied, Set<Address> declared,
      Function<Address, Map<String, Value>> desired, Set<Address> creating, Function<Address, Optional<Attestation>> attestations) {
    this(lastApplied, declared, desired, creating, attestations, Set.of());
  }

  /** A read that knows of no attestation. */
  public ReadContext(Function<Address, Optional<Map<String, Value>>> lastApplied, Set<Address> declared,
      Function<Address, Map<String, Value>> desired, Set<Address> creating) {
    this(lastApplied, declared, desired, creating, a -> Optional.empty());
  }

  public static ReadContext empty() {
    return new ReadContext(a -> Optional.empty(), Set.of(), a -> Map.of(), Set.of());
  }
}
