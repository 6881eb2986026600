package dev.tiac.plan.diff;

import dev.tiac.contract.Address;
import dev.tiac.contract.Reconciliation;
import java.util.Optional;

/**
 * One removal opt-in: an address, or an address pattern whose key ends in {@code *}, that lets
 * apply delete a resource the file no longer declares, and where the opt-in was written (the
 * file's {@code prune.allow} entry or the {@code --allow-delete} flag) so a plan can say which.
 */
public record PruneGrant(Address pattern, String source) {
  /** Parses {@code type["key"]} or {@code type["prefix*"]}; empty when the text is no address. */
  public static Optional<PruneGrant> parse(String text, String source) {
    return Address.parse(text).map(a -> new PruneGrant(a, source));
  }

  /** An {@code --allow-delete} value; one that names no address, or a check, is refused. */
  public static PruneGrant flag(String text) {
    PruneGrant grant = parse(text, "--allow-delete")
        .orElseThrow(() -> new IllegalArgumentException("--allow-delete " + text + " is not an address such as apexcentral.suspiciousObject[\"domain:old.example\"]"));
    if (grant.pattern().kind().reconciliation() == Reconciliation.CHECK) {
      throw new IllegalArgumentException("--allow-delete " + text + ": " + grant.pattern().kind().type() + " is a check, which tiac never changes or deletes");
    }
    return grant;
  }

  /** True when the pattern names one address, without a wildcard. */
  public boolean exact() {
    return !pattern.key().endsWith("*");
  }

  public boolean matches(Address address) {
    if (address.kind() != pattern.kind()) {
      return false;
    }
    return exact() ? address.key().equals(pattern.key())
        : address.key().startsWith(pattern.key().substring(0, pattern.key().length() - 1));
  }

  /** E.g. {@code prune.allow apexcentral.suspiciousObject["*"] (tiac.yaml:12:5)}. */
  public String describe() {
    return source.startsWith("--") ? source + " '" + pattern + "'" : "prune.allow " + pattern + " (" + source + ")";
  }
}
