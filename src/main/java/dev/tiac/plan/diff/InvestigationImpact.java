package dev.tiac.plan.diff;

import dev.tiac.contract.Address;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a plan would do to the investigations declared in the same file: a change that leaves no
 * Default Exchange policy ON leaves them no mail to sweep; one that turns Endpoint Sensor off
 * leaves them no endpoint activity on the policy's endpoints. Such changes become plan warnings.
 */
public final class InvestigationImpact {
  private InvestigationImpact() {}

  public static List<String> warnings(List<Change> changes, List<DesiredResource> desired, Map<Address, LiveResource> live, List<String> investigations) {
    if (investigations.isEmpty()) {
      return List.of();
    }
    String names = String.join(", ", investigations);
    List<String> warnings = new ArrayList<>();
    List<Change> policyChanges = changes.stream().filter(Change::isAction).filter(c -> c.address().kind() == ResourceKind.CAS_POLICY).toList();
    boolean turnsOff = policyChanges.stream().anyMatch(c -> after(c, "status").equals(Optional.of(Value.text("OFF"))));
    if (turnsOff) {
      boolean anyOnAfter = desired.stream().filter(d -> d.address().kind() == ResourceKind.CAS_POLICY)
          .anyMatch(d -> Value.text("ON").equals(d.attributes().get("status")))
          || live.values().stream().filter(l -> l.address().kind() == ResourceKind.CAS_POLICY)
              .filter(l -> desired.stream().noneMatch(d -> d.address().equals(l.address())))
              .anyMatch(l -> Value.text("ON").equals(l.attributes().get("status")));
      if (!anyOnAfter) {
        warnings.add("after this plan no Default Exchange policy is ON: Cloud App Security sweeps return no mail, so the investigations "
            + names + " would find nothing");
      }
    }
    for (Change c : changes) {
      if (c.isAction() && c.address().kind() == ResourceKind.APEXONE_POLICY
          && (after(c, "endpointSensor").equals(Optional.of(Value.FALSE)) || c.kind() == dev.tiac.contract.ChangeKind.DELETE)) {
        warnings.add(c.address() + ": Endpoint Sensor stops on " + c.reach().map(r -> r.count() + " " + r.unit()).orElse("its endpoints")
            + ", so the investigations " + names + " lose the endpoint activity there");
      }
      for (String platform : List.of("windowsDesktop", "windowsServer")) {
        // A cleared platform box stops the sensor on that platform's endpoints just as surely.
        if (c.isAction() && c.address().kind() == ResourceKind.APEXONE_POLICY && c.kind() != dev.tiac.contract.ChangeKind.DELETE
            && after(c, platform).equals(Optional.of(Value.FALSE))) {
          warnings.add(c.address() + ": clearing " + (platform.equals("windowsDesktop") ? "Windows desktop" : "Windows Server platforms")
              + " stops Endpoint Sensor on the policy's " + (platform.equals("windowsDesktop") ? "desktops" : "servers")
              + " (it covers " + c.reach().map(r -> r.count() + " " + r.unit()).orElse("endpoints") + "), so the investigations " + names
              + " lose the endpoint activity there");
        }
      }
    }
    return List.copyOf(warnings);
  }

  private static Optional<Value> after(Change change, String attribute) {
    return change.attributes().stream().filter(a -> a.name().equals(attribute)).findFirst().flatMap(AttributeChange::after);
  }
}
