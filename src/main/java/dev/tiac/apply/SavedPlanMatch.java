package dev.tiac.apply;

import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.plan.Plan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A saved plan is a record of intent, not of authority: it is matched against the plan derived
 * again, in this run, from the files it names and the live services. Only changes both contain
 * with the same decision are applied; a change the saved plan holds that the derivation does not
 * allow (or decides otherwise) refuses the whole plan, and a change only the derivation found is
 * left for the next plan.
 */
public record SavedPlanMatch(List<Change> toApply, List<String> refusals, List<Address> onlyInFresh) {
  public SavedPlanMatch {
    toApply = List.copyOf(toApply);
    refusals = List.copyOf(refusals);
    onlyInFresh = List.copyOf(onlyInFresh);
  }

  public static SavedPlanMatch of(Plan saved, Plan fresh) {
    Map<Address, Change> now = new HashMap<>();
    fresh.changes().stream().filter(Change::isAction).forEach(c -> now.put(c.address(), c));
    List<Change> toApply = new ArrayList<>();
    List<String> refusals = new ArrayList<>();
    for (Change intended : saved.changes().stream().filter(Change::isAction).toList()) {
      Change derived = now.remove(intended.address());
      if (derived == null) {
        refusals.add(intended.address() + ": the saved plan would " + intended.kind().words() + " it, but the files and the live services give no such change now");
      } else if (!Guard.sameDecision(derived, intended)) {
        refusals.add(intended.address() + ": the saved plan would " + intended.kind().words() + " it" + differences(intended, derived));
      } else if (derived.isRefused()) {
        refusals.add(intended.address() + ": " + Guard.optInMissing(derived));
      } else {
        toApply.add(derived);
      }
    }
    fresh.removals().stream().filter(r -> r.isRefused()).forEach(r -> refusals.add(r.address() + ": " + r.reason()));
    return new SavedPlanMatch(toApply, refusals, now.keySet().stream().sorted().toList());
  }

  private static String differences(Change intended, Change derived) {
    if (intended.kind() != derived.kind()) {
      return ", but the files and the live services give " + derived.kind().words() + " now";
    }
    if (!intended.attributes().equals(derived.attributes())) {
      return " with other attributes than the files and the live services give now";
    }
    if (intended.optedIn() != derived.optedIn()) {
      return intended.optedIn() ? " as opted in, but the files hold no opt-in for it" : " as refused, but it is opted in now";
    }
    return " as " + intended.direction().name().toLowerCase(java.util.Locale.ROOT) + (intended.consequence().isPresent() ? " with a consequence" : "")
        + ", but the files and the live services judge it otherwise now";
  }
}
