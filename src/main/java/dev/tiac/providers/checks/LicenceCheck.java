package dev.tiac.providers.checks;

import dev.tiac.plan.Address;
import dev.tiac.plan.CheckOutcome;
import dev.tiac.plan.ResourceKind;
import dev.tiac.plan.desired.DesiredResource;
import dev.tiac.providers.Checker;
import dev.tiac.providers.apexcentral.ApexCentralClient;
import dev.tiac.providers.cas.CasClient;
import dev.tiac.providers.cas.TokenStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The licensing portal has no customer API, so a licence shows only through the service it
 * unlocks: Cloud App Security answering its API, Endpoint Sensor answering ShowAgentList.
 */
public final class LicenceCheck implements Checker {
  private final Optional<CasClient> cas;
  private final Optional<ApexCentralClient> apex;
  private final String account;

  public LicenceCheck(Optional<CasClient> cas, Optional<ApexCentralClient> apex, String account) {
    this.cas = cas;
    this.apex = apex;
    this.account = account;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.LICENCE;
  }

  @Override
  public Map<Address, CheckOutcome> check(List<DesiredResource> desired) {
    Map<Address, CheckOutcome> outcomes = new HashMap<>();
    for (DesiredResource licence : desired) {
      String product = licence.attributes().get("product");
      CheckOutcome outcome = product.equals("cloudAppSecurity") ? cloudAppSecurity() : endpointSensor();
      if (outcome.status() == CheckOutcome.Status.PASS && licence.attributes().containsKey("minimumSeats")) {
        outcome = new CheckOutcome(outcome.status(), outcome.evidence() + "; the seat count (at least "
            + licence.attributes().get("minimumSeats") + ") has no public API: confirm it in the Customer Licensing Portal", outcome.remedy());
      }
      outcomes.put(licence.address(), outcome);
    }
    return outcomes;
  }

  private CheckOutcome cloudAppSecurity() {
    if (cas.isEmpty()) {
      return new CheckOutcome(CheckOutcome.Status.UNKNOWN, "no cloudAppSecurity connection to ask", List.of("Add connections.cloudAppSecurity to the file"));
    }
    TokenStatus status = cas.get().probeToken();
    return switch (status.kind()) {
      case VALID, MISSING_API_TYPE -> new CheckOutcome(CheckOutcome.Status.PASS, "Cloud App Security answers its API for this account", List.of());
      case WRONG_REGION -> new CheckOutcome(CheckOutcome.Status.UNKNOWN, status.explanation(),
          List.of("Set connections.cloudAppSecurity.region to " + status.rightRegion().map(r -> r.key()).orElse("the console's region")));
      default -> new CheckOutcome(CheckOutcome.Status.FAIL, "Cloud App Security refused the token: " + status.explanation(),
          List.of("Check that " + account + " on the Customer Licensing Portal includes Trend Micro Cloud App Security; without an activation code, contact your sales representative",
              "Create a new token in Cloud App Security: Administration > Automation and Integration APIs"));
    };
  }

  private CheckOutcome endpointSensor() {
    if (apex.isEmpty()) {
      return new CheckOutcome(CheckOutcome.Status.UNKNOWN, "no apexCentral connection to ask", List.of("Add connections.apexCentral to the file"));
    }
    try {
      int agents = apex.get().endpointSensor().agentCount();
      return new CheckOutcome(CheckOutcome.Status.PASS, "Endpoint Sensor answers ShowAgentList (" + agents + " agents)", List.of());
    } catch (RuntimeException e) {
      return new CheckOutcome(CheckOutcome.Status.FAIL, "Endpoint Sensor did not answer: " + e.getMessage(),
          List.of("Check that " + account + " on the Customer Licensing Portal includes Apex One as a Service: Endpoint Sensor",
              "Then enable Endpoint Sensor in an Apex One Security Agent policy (apexOne.policies)"));
    }
  }
}
