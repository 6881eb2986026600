package dev.tiac.providers.checks;

import dev.tiac.plan.Address;
import dev.tiac.plan.CanonicalList;
import dev.tiac.plan.CheckOutcome;
import dev.tiac.plan.ResourceKind;
import dev.tiac.plan.desired.DesiredResource;
import dev.tiac.providers.Checker;
import dev.tiac.providers.apexcentral.AgentServerMeta;
import dev.tiac.providers.apexcentral.EndpointSensorClient;
import dev.tiac.providers.apexcentral.QuickScanCriteria;
import dev.tiac.providers.apexone.Endpoint;
import dev.tiac.providers.apexone.TargetMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Outlook must be the mail client wherever correlation should follow a mail to an endpoint. The
 * evidence is Endpoint Sensor's own record: one historical investigation for outlook.exe names the
 * endpoints where it ran; in-scope endpoints missing from it fail, listed for manual remediation.
 */
public final class EmailClientCheck implements Checker {
  private final EndpointSensorClient sensor;
  private final Supplier<List<Endpoint>> inventory;
  private final Function<String, String> policyTargets;

  /** {@code policyTargets} gives the canonical targets of a declared Apex One policy by name. */
  public EmailClientCheck(EndpointSensorClient sensor, Supplier<List<Endpoint>> inventory, Function<String, String> policyTargets) {
    this.sensor = sensor;
    this.inventory = inventory;
    this.policyTargets = policyTargets;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.EMAIL_CLIENT;
  }

  @Override
  public Map<Address, CheckOutcome> check(List<DesiredResource> desired) {
    Map<Address, CheckOutcome> outcomes = new HashMap<>();
    for (DesiredResource check : desired) {
      try {
        outcomes.put(check.address(), check(check));
      } catch (RuntimeException e) {
        // No evidence is not a failure of the endpoints: the check is unknown, and says why.
        outcomes.put(check.address(), new CheckOutcome(CheckOutcome.Status.UNKNOWN, "Endpoint Sensor gave no evidence: " + e.getMessage(),
            List.of("Check the Endpoint Sensor licence and the Apex Central connection")));
      }
    }
    return outcomes;
  }

  private CheckOutcome check(DesiredResource check) {
    {
      List<Endpoint> scope = scope(check);
      var task = sensor.createQuickScan(new QuickScanCriteria(QuickScanCriteria.Operator.OR,
          List.of(new QuickScanCriteria.Criterion(QuickScanCriteria.Field.FILE_NAME, QuickScanCriteria.Condition.IS, List.of("outlook.exe"))),
          QuickScanCriteria.SearchPeriod.ONE_MONTH));
      Set<String> running = new HashSet<>();
      for (AgentServerMeta meta : sensor.taskResults(task, Duration.ofMinutes(5))) {
        running.add(meta.machineName().toLowerCase(Locale.ROOT));
      }
      List<String> missing = new ArrayList<>();
      for (Endpoint e : scope) {
        if (!running.contains(e.hostName().toLowerCase(Locale.ROOT))) {
          missing.add(e.hostName());
        }
      }
      return missing.isEmpty()
          ? new CheckOutcome(CheckOutcome.Status.PASS, "outlook.exe ran on all " + scope.size() + " endpoints in scope in the last month", List.of())
          : new CheckOutcome(CheckOutcome.Status.FAIL, missing.size() + " of " + scope.size() + " endpoints in scope show no outlook.exe in the last month",
              List.of("Make Microsoft Outlook the default mail client on: " + String.join(", ", missing.subList(0, Math.min(20, missing.size())))
                  + (missing.size() > 20 ? " and " + (missing.size() - 20) + " more" : ""),
                  "Or list them under apexOne.emailClient.exceptions if they need no mail"));
    }
  }

  private List<Endpoint> scope(DesiredResource check) {
    String scope = check.attributes().getOrDefault("scope", "all");
    Set<String> exceptions = new HashSet<>();
    for (String host : CanonicalList.entries(check.attributes().get("exceptions"))) {
      exceptions.add(host.toLowerCase(Locale.ROOT));
    }
    List<Endpoint> all = inventory.get();
    List<Endpoint> covered;
    if (scope.equals("all")) {
      covered = all;
    } else {
      List<String> names = CanonicalList.entries(scope.substring("policies:".length()));
      Set<Endpoint> union = new java.util.LinkedHashSet<>();
      for (String name : names) {
        union.addAll(TargetMatcher.match(TargetMatcher.Targets.parse(policyTargets.apply(name)), all));
      }
      covered = List.copyOf(union);
    }
    return covered.stream().filter(e -> !exceptions.contains(e.hostName().toLowerCase(Locale.ROOT))).toList();
  }
}
