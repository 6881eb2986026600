package dev.tiac.plan.diff;

import dev.tiac.contract.Address;
import dev.tiac.contract.ResourceKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a plan may do with a resource the file no longer declares: the opt-ins that name it (the
 * file's {@code prune.allow} and {@code --allow-delete}), whether a kind the file declares nothing
 * of may be pruned through a pattern ({@code --allow-empty}), and which kinds this run's drivers
 * can delete at all (a kind no driver deletes is refused at plan time, never planned and failed).
 */
public record RemovalPolicy(List<PruneGrant> grants, boolean allowEmpty, Set<ResourceKind> deletable) {
  public RemovalPolicy {
    grants = List.copyOf(grants);
    deletable = Set.copyOf(deletable);
  }

  /** Nothing may be deleted: no opt-in names anything. */
  public static RemovalPolicy none() {
    return new RemovalPolicy(List.of(), false, Set.of());
  }

  /** The first opt-in naming {@code address}; exact addresses before patterns. */
  public Optional<PruneGrant> grant(Address address) {
    Optional<PruneGrant> exact = grants.stream().filter(PruneGrant::exact).filter(g -> g.matches(address)).findFirst();
    return exact.isPresent() ? exact : grants.stream().filter(g -> g.matches(address)).findFirst();
  }
}
