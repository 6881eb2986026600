package dev.tiac.plan.diff;

import dev.tiac.contract.Address;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything a diff compares: the desired resources, what refresh read, which live objects tiac
 * created (only those may be pruned) and which the state records at all, how each secret compares with its fingerprint, how this run
 * handles each kind, the outcomes of the checks, and the rule for resources the file no
 * longer declares.
 */
public record DiffInput(
    List<DesiredResource> desired,
    Map<Address, LiveResource> live,
    Set<Address> owned,
    Set<Address> managed,
    Set<ResourceKind> readKinds,
    Function<Address, Map<String, SecretComparison>> secrets,
    Function<ResourceKind, KindHandling> handling,
    Map<Address, CheckOutcome> checks,
    RemovalPolicy removal) {
  public DiffInput {
    desired = List.copyOf(desired);
    live = Map.copyOf(live);
    owned = Set.copyOf(owned);
    managed = Set.copyOf(managed);
    readKinds = Set.copyOf(readKinds);
    checks = Map.copyOf(checks);
  }

  /** An input whose state records only the objects tiac created. */
  public DiffInput(List<DesiredResource> desired, Map<Address, LiveResource> live, Set<Address> owned, Set<ResourceKind> readKinds,
      Function<Address, Map<String, SecretComparison>> secrets, Function<ResourceKind, KindHandling> handling,
      Map<Address, CheckOutcome> checks, RemovalPolicy removal) {
    this(desired, live, owned, owned, readKinds, secrets, handling, checks, removal);
  }

  /** How a write-only secret compares with the fingerprint kept in state. */
  public enum SecretComparison {
    SAME,
    CHANGED,
    NEVER_APPLIED
  }
}
