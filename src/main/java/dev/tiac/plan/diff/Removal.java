package dev.tiac.plan.diff;

import dev.tiac.contract.Address;
import java.util.Optional;

/**
 * What a plan does with one resource the file no longer declares, and why: deleted under the
 * opt-in that names it, kept, or refused (an opt-in names it but tiac cannot delete it).
 */
public record Removal(Address address, Decision decision, String reason, Optional<String> grantedBy) {
  /** The closed set of outcomes; only DELETE becomes a change apply carries out. */
  public enum Decision {
    DELETE,
    KEEP,
    REFUSE
  }

  public boolean isRefused() {
    return decision == Decision.REFUSE;
  }
}
