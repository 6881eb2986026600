package dev.tiac.plan.diff;

import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.spi.KindDefinition;
import dev.tiac.contract.spi.KindRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a plan would do to the investigations declared in the same file, as each kind's definition
 * judges its changes: a change that leaves no Default Exchange policy ON leaves them no mail to
 * sweep; one that turns Endpoint Sensor off leaves them no endpoint activity on the policy's
 * endpoints. Such changes become plan warnings.
 */
public final class InvestigationImpact {
  private InvestigationImpact() {}

  public static List<String> warnings(KindRegistry kinds, List<Change> changes, List<DesiredResource> desired, Map<Address, LiveResource> live,
      List<String> investigations) {
    if (investigations.isEmpty()) {
      return List.of();
    }
    String names = String.join(", ", investigations);
    List<String> warnings = new ArrayList<>();
    for (KindDefinition kind : kinds.all()) {
      List<Change> ofKind = changes.stream().filter(Change::isAction).filter(c -> c.address().kind() == kind.kind()).toList();
      if (!ofKind.isEmpty()) {
        warnings.addAll(kind.impact(ofKind, desired.stream().filter(d -> d.address().kind() == kind.kind()).toList(),
            live.values().stream().filter(l -> l.address().kind() == kind.kind()).toList(), names));
      }
    }
    return List.copyOf(warnings);
  }
}
