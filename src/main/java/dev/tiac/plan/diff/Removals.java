package dev.tiac.plan.diff;

import dev.tiac.contract.Address;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.Reconciliation;
import dev.tiac.contract.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one removal rule, the same for every kind: a resource the file no longer declares is
 * deleted only when tiac created it, an opt-in names it, the kind is not emptied by mistake, and
 * this run can delete it; otherwise the plan keeps it and says why. An object tiac did not
 * create is never deleted, and mentioned only where the state records it (tiac once managed it)
 * or an opt-in names it exactly.
 */
final class Removals {
  private Removals() {}

  static List<Removal> decide(DiffInput input, Set<Address> declared) {
    Set<Address> candidates = new TreeSet<>(input.live().keySet());
    candidates.addAll(input.managed());
    candidates.addAll(input.owned());
    List<Removal> out = new ArrayList<>();
    for (Address address : candidates) {
      if (declared.contains(address) || address.kind().reconciliation() == Reconciliation.CHECK) {
        continue;
      }
      Optional<PruneGrant> grant = input.removal().grant(address);
      boolean live = input.live().containsKey(address);
      if (!live && input.readKinds().contains(address.kind())) {
        continue; // gone already: nothing to keep or delete
      }
      if (input.owned().contains(address)) {
        out.add(decide(address, grant, live, input, declared));
      } else if (input.managed().contains(address) || grant.filter(PruneGrant::exact).isPresent()) {
        // Someone else's object: said only where the file once managed it or an opt-in names it.
        out.add(new Removal(address, Removal.Decision.KEEP, grant.map(g -> g.describe() + " names it, but").orElse("removed from the file, so tiac no longer manages it; it stays, since")
            + " tiac did not create it: only objects tiac created are ever deleted", grant.map(PruneGrant::describe)));
      }
    }
    return List.copyOf(out);
  }

  private static Removal decide(Address address, Optional<PruneGrant> grant, boolean live, DiffInput input, Set<Address> declared) {
    boolean deletable = input.removal().deletable().contains(address.kind());
    if (grant.isEmpty() && !deletable) {
      return new Removal(address, Removal.Decision.KEEP, "removed from the file, so tiac no longer manages it; it stays, since tiac cannot delete it: "
          + whyNot(address.kind(), input.handling().apply(address.kind())), Optional.empty());
    }
    if (grant.isEmpty()) {
      return new Removal(address, Removal.Decision.KEEP, "removed from the file, but no opt-in names it: add " + address
          + " to prune.allow in the file, or pass --allow-delete '" + address + "', to delete it", Optional.empty());
    }
    PruneGrant g = grant.get();
    Optional<String> by = Optional.of(g.describe());
    if (!deletable) {
      return new Removal(address, Removal.Decision.REFUSE, g.describe() + " names it, but tiac cannot delete it: "
          + whyNot(address.kind(), input.handling().apply(address.kind())) + "; take it off the opt-in", by);
    }
    boolean emptied = declared.stream().noneMatch(d -> d.kind() == address.kind());
    if (emptied && !g.exact() && !input.removal().allowEmpty()) {
      return new Removal(address, Removal.Decision.KEEP, "the file declares no " + address.kind().type()
          + " at all, which is more often a mistake than a wish, and " + g.describe()
          + " names it only through a pattern: name it exactly, or pass --allow-empty, to delete it", by);
    }
    if (!live) {
      return new Removal(address, Removal.Decision.REFUSE, g.describe() + " names it, but this run did not read "
          + address.kind().type() + ", so it cannot tell whether it still exists; take it off the opt-in", by);
    }
    return new Removal(address, Removal.Decision.DELETE, "removed from the file and named by " + g.describe(), by);
  }

  /** Why this run cannot delete a kind, in the words of what to do instead. */
  private static String whyNot(ResourceKind kind, KindHandling handling) {
    return switch (kind) {
      case CAS_POLICY -> "the Default Exchange policies are built into Cloud App Security and cannot be deleted (declare it with status OFF and allowWeakening instead)";
      case AD_SYNC -> "it is a console setting, not an object (declare it with enabled: false instead)";
      case AD_SYNC_TOOL -> "a downloaded synchronization tool cannot be taken back (uninstall it on the server by hand)";
      case CLOUD_SERVICE_SETTINGS -> "no driver unregisters the licensing account from Apex Central (clear Cloud Service Settings in the console by hand)";
      case CAS_BLOCKED_LISTS -> "the blocked lists always exist (declare them empty with allowDelete instead)";
      case CAS_SERVICE_ACCOUNT, CAS_TOKEN, APEXONE_POLICY -> handling.byRunbookSteps()
          ? "its console's runbook driver deletes nothing (delete it in the console by hand)"
          : "this run's driver for " + kind.type() + " cannot delete it";
      case SUSPICIOUS_OBJECT -> "this run has no Apex Central connection to delete it through";
      case LICENCE, DOTNET, EMAIL_CLIENT, SENSOR_COVERAGE, READINESS -> "it is a check, never changed";
    };
  }
}
