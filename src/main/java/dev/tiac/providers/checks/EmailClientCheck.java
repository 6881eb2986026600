package dev.tiac.providers.checks;

import dev.tiac.contract.Address;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Checker;
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
 * evidence is Endpoint Sensor's own record of the last month: one historical investigation for
 * outlook.exe, one for the other mail clients. Per endpoint in scope: another client seen fails
 * (mail opened there is invisible to correlation), only Outlook seen passes, and no mail client
 * seen at all is unknown: silence is never a pass.
 */
public final class EmailClientCheck implements Checker {
  /** Mail clients other than classic Outlook that Windows endpoints run (the new Outlook, Windows Mail, Thunderbird…). */
  static final List<String> OTHER_CLIENTS = List.of("thunderbird.exe", "olk.exe", "hxoutlook.exe", "winmail.exe", "mailspring.exe", "mailclient.exe");
  private static final int NAMED = 20;
  private static final dev.tiac.contract.Source SOURCE = dev.tiac.contract.Source.api("Endpoint Sensor CreateQuickScan (file names, last month)");

  private final EndpointSensorClient sensor;
  private final Supplier<List<Endpoint>> inventory;
  private final Function<String, Value> policyTargets;

  /** {@code policyTargets} gives the targets of a declared Apex One policy by name. */
  public EmailClientCheck(EndpointSensorClient sensor, Supplier<List<Endpoint>> inventory, Function<String, Value> policyTargets) {
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
            List.of("Check the Endpoint Sensor licence and the Apex Central connection"), SOURCE));
      }
    }
    return outcomes;
  }

  private CheckOutcome check(DesiredResource check) {
    List<Endpoint> scope = scope(check);
    Map<String, String> outlook = ran(List.of("outlook.exe"));
    Map<String, String> others = ran(OTHER_CLIENTS);
    List<String> pass = new ArrayList<>();
    List<String> fail = new ArrayList<>();
    List<String> silent = new ArrayList<>();
    for (Endpoint e : scope) {
      String host = e.hostName().toLowerCase(Locale.ROOT);
      if (others.containsKey(host)) {
        fail.add(e.hostName() + " (" + others.get(host) + ")");
      } else if (outlook.containsKey(host)) {
        pass.add(e.hostName());
      } else {
        silent.add(e.hostName());
      }
    }
    String counts = "of " + scope.size() + " endpoints in scope, " + pass.size() + " ran only outlook.exe, " + fail.size()
        + " ran another mail client, " + silent.size() + " ran no mail client in the last month";
    List<String> remedy = new ArrayList<>();
    if (!fail.isEmpty()) {
      remedy.add("Make Microsoft Outlook the default mail client on: " + named(fail));
    }
    if (!silent.isEmpty()) {
      remedy.add("No mail client activity, so not known: " + named(silent) + " (offline, or nobody reads mail there; list them under apexOne.emailClient.exceptions if they need no mail)");
    }
    CheckOutcome.Status status = !fail.isEmpty() ? CheckOutcome.Status.FAIL
        : !silent.isEmpty() || scope.isEmpty() ? CheckOutcome.Status.UNKNOWN : CheckOutcome.Status.PASS;
    return new CheckOutcome(status, scope.isEmpty() ? "no endpoint is in scope" : counts, remedy, SOURCE);
  }

  /** The endpoints where Endpoint Sensor saw one of {@code images} run in the last month, with the image seen. */
  private Map<String, String> ran(List<String> images) {
    var task = sensor.createQuickScan(new QuickScanCriteria(QuickScanCriteria.Operator.OR,
        List.of(new QuickScanCriteria.Criterion(QuickScanCriteria.Field.FILE_NAME, QuickScanCriteria.Condition.IS, images)),
        QuickScanCriteria.SearchPeriod.ONE_MONTH));
    Map<String, String> seen = new HashMap<>();
    for (AgentServerMeta meta : sensor.taskResults(task, Duration.ofMinutes(5))) {
      String image = meta.matches().stream().map(AgentServerMeta.Match::metaValue).map(v -> v.toLowerCase(Locale.ROOT))
          .filter(images::contains).findFirst().orElse(images.get(0));
      seen.put(meta.machineName().toLowerCase(Locale.ROOT), image);
    }
    return seen;
  }

  private static String named(List<String> hosts) {
    return String.join(", ", hosts.subList(0, Math.min(NAMED, hosts.size()))) + (hosts.size() > NAMED ? " and " + (hosts.size() - NAMED) + " more" : "");
  }

  private List<Endpoint> scope(DesiredResource check) {
    Map<String, Value> scope = check.attributes().getOrDefault("scope", Value.map(Map.of())).fields();
    Set<String> exceptions = new HashSet<>();
    for (String host : check.attributes().getOrDefault("exceptions", Value.list(List.of())).texts()) {
      exceptions.add(host.toLowerCase(Locale.ROOT));
    }
    List<Endpoint> all = inventory.get();
    List<Endpoint> covered;
    if (!scope.containsKey("policies")) {
      covered = all;
    } else {
      List<String> names = scope.get("policies").texts();
      Set<Endpoint> union = new java.util.LinkedHashSet<>();
      for (String name : names) {
        union.addAll(TargetMatcher.match(TargetMatcher.Targets.of(policyTargets.apply(name)), all));
      }
      covered = List.copyOf(union);
    }
    return covered.stream().filter(e -> !exceptions.contains(e.hostName().toLowerCase(Locale.ROOT))).toList();
  }
}
