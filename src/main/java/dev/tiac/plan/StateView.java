package dev.tiac.plan;

import dev.tiac.contract.Address;
import dev.tiac.contract.Value;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What planning reads from state: lineage and serial (so a saved plan can be refused when stale),
 * what tiac owns, what it last applied, and how each secret compares with its fingerprint.
 */
public interface StateView {
  String lineage();

  long serial();

  Set<Address> owned();

  /** Every object the state records, whether tiac created it or took over one that existed. */
  default Set<Address> managed() {
    return owned();
  }

  /** Objects an apply began creating and never recorded: tiac's if they exist. */
  Set<Address> creating();

  /** The attributes tiac last applied or an operator attested, typed as state keeps them. */
  Optional<Map<String, Value>> lastApplied(Address address);

  /** True when {@code value} matches the fingerprint kept for this secret. */
  Optional<Boolean> secretMatches(Address address, String attribute, String value);

  /** Who confirmed a console step for this resource, and when; empty when nobody did. */
  default Optional<dev.tiac.state.Attestation> attestation(Address address) {
    return Optional.empty();
  }
}
