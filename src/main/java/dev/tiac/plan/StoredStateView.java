package dev.tiac.plan;

import dev.tiac.contract.Address;
import dev.tiac.contract.Value;
import dev.tiac.state.ResourceState;
import dev.tiac.state.SecretFingerprinter;
import dev.tiac.state.State;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Planning's view of a saved state: read once, never locked, never written. */
public final class StoredStateView implements StateView {
  private final State state;
  private final SecretFingerprinter fingerprinter;

  public StoredStateView(State state, SecretFingerprinter fingerprinter) {
    this.state = state;
    this.fingerprinter = fingerprinter;
  }

  /**
   * Fails before any refresh when the state holds secret fingerprints and their key is missing or
   * another: comparing would report every secret as changed.
   */
  public void requireFingerprintKey() {
    if (state.resources().values().stream().anyMatch(r -> !r.secrets().isEmpty())) {
      fingerprinter.verify(state);
    }
  }

  @Override
  public String lineage() {
    // A state never saved has no lineage yet: plans made before the first apply all agree on "".
    return state.serial() == 0 && state.resources().isEmpty() ? "" : state.lineage().toString();
  }

  @Override
  public long serial() {
    return state.serial();
  }

  @Override
  public Set<Address> owned() {
    Set<Address> owned = new HashSet<>(creating());
    state.resources().values().stream().filter(ResourceState::owned)
        .forEach(r -> Address.parse(r.address()).ifPresent(owned::add));
    return owned;
  }

  @Override
  public Set<Address> managed() {
    Set<Address> managed = new HashSet<>(owned());
    state.resources().keySet().forEach(key -> Address.parse(key).ifPresent(managed::add));
    return managed;
  }

  @Override
  public Set<Address> creating() {
    Set<Address> creating = new HashSet<>();
    state.creating().forEach(a -> Address.parse(a).ifPresent(creating::add));
    return creating;
  }

  @Override
  public Optional<Map<String, Value>> lastApplied(Address address) {
    return state.resource(address.toString()).map(r -> {
      Map<String, Value> attributes = new HashMap<>();
      r.attributes().asJson().properties().stream().filter(e -> !e.getValue().isNull())
          .forEach(e -> attributes.put(e.getKey(), Value.of(e.getValue())));
      return LegacyValues.typed(attributes);
    });
  }

  @Override
  public Optional<dev.tiac.state.Attestation> attestation(Address address) {
    return state.resource(address.toString()).flatMap(ResourceState::attestation);
  }

  @Override
  public Optional<Boolean> secretMatches(Address address, String attribute, String value) {
    return state.resource(address.toString())
        .flatMap(r -> Optional.ofNullable(r.secrets().get(attribute)))
        .map(stored -> fingerprinter.matches(stored, address.toString(), attribute, value.toCharArray()));
  }
}
