package dev.tiac.providers.apexone;

import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.Direction;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Source;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Conclusions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether Endpoint Sensor really runs where each declared policy enables it, under either console
 * driver: ShowAgentList's {@code isEnable} for every endpoint the policy's targets cover on the
 * platforms it ticks. A policy can be set exactly as declared and still leave endpoints without the
 * sensor (another policy above it covers them, an agent never polled): the check names them, and
 * the declared policies that also target them and come first.
 */
public final class SensorCoverage implements Conclusions {
  private static final Source SHOW_AGENT_LIST = Source.api("Endpoint Sensor ShowAgentList joined with ProductAgents");
  private static final int NAMED = 20;

  private final Optional<AgentInventory> inventory;

  public SensorCoverage(Optional<AgentInventory> inventory) {
    this.inventory = inventory;
  }

  @Override
  public List<Change> draw(Facts facts) {
    List<DesiredResource> sensing = facts.desired().stream()
        .filter(d -> d.address().kind() == ResourceKind.APEXONE_POLICY && Value.TRUE.equals(d.attributes().get("endpointSensor"))).toList();
    if (sensing.isEmpty()) {
      return facts.changes();
    }
    List<Change> all = new ArrayList<>(facts.changes());
    List<DesiredResource> policies = facts.desired().stream().filter(d -> d.address().kind() == ResourceKind.APEXONE_POLICY).toList();
    for (DesiredResource policy : sensing) {
      // A change apply makes through the management API predates what the agents report; a manual one may already be done.
      boolean changing = facts.changes().stream().anyMatch(c -> c.isAction() && c.kind() != ChangeKind.MANUAL && c.address().equals(policy.address()));
      CheckOutcome outcome = changing
          ? new CheckOutcome(CheckOutcome.Status.UNKNOWN, "this plan changes the policy, so the endpoints still report the policy as it was; the next plan judges it",
              List.of(), SHOW_AGENT_LIST)
          : judge(policy, policies);
      all.add(new Change(new Address(ResourceKind.SENSOR_COVERAGE, policy.address().key()), ChangeKind.CHECK, List.of(), Direction.NEUTRAL,
          Optional.empty(), false, Optional.empty(), List.of(), Optional.of(outcome), Optional.of(policy.declaredAt())));
    }
    return all;
  }

  private CheckOutcome judge(DesiredResource policy, List<DesiredResource> policies) {
    if (inventory.isEmpty()) {
      return new CheckOutcome(CheckOutcome.Status.UNKNOWN, "no apexCentral connection to ask ShowAgentList", List.of("Add connections.apexCentral"), SHOW_AGENT_LIST);
    }
    List<Endpoint> endpoints;
    try {
      endpoints = inventory.get().get();
    } catch (RuntimeException e) {
      return new CheckOutcome(CheckOutcome.Status.UNKNOWN, "ShowAgentList could not be read: " + e.getMessage(), List.of(), SHOW_AGENT_LIST);
    }
    List<Endpoint> covered = onTickedPlatforms(policy, TargetMatcher.match(targets(policy), endpoints));
    if (covered.isEmpty()) {
      return new CheckOutcome(CheckOutcome.Status.UNKNOWN, "ShowAgentList shows no endpoint that the policy's targets cover on the platforms it ticks",
          List.of("Check apexOne.policies targets: they match no managed endpoint"), SHOW_AGENT_LIST);
    }
    List<Endpoint> off = covered.stream().filter(e -> !e.sensorEnabled()).toList();
    if (off.isEmpty()) {
      return new CheckOutcome(CheckOutcome.Status.PASS, "Endpoint Sensor is on for all " + covered.size() + " endpoints the policy's targets cover", List.of(), SHOW_AGENT_LIST);
    }
    List<String> named = off.stream().limit(NAMED).map(Endpoint::hostName).toList();
    if (off.size() == covered.size()) {
      // Nothing runs it yet: a policy just deployed reaches the agents at their next poll, so all-off
      // is not yet a failure of this policy; partly on is (the others took it and these did not).
      return new CheckOutcome(CheckOutcome.Status.UNKNOWN, "Endpoint Sensor runs on none of the " + covered.size()
          + " endpoints policy \"" + policy.address().key() + "\" covers: either the agents have not polled it yet, the sensor switch is off, "
          + "or a policy above it covers them all; ShowAgentList cannot tell which",
          List.of("If the policy was deployed more than an agent poll ago, check in Policies > Policy Management which policy "
              + String.join(", ", named) + (off.size() > NAMED ? " and " + (off.size() - NAMED) + " more" : "") + " run"), SHOW_AGENT_LIST);
    }
    List<String> remedy = new ArrayList<>();
    for (Endpoint e : off.stream().limit(NAMED).toList()) {
      List<String> ahead = policies.stream().filter(p -> !p.address().equals(policy.address()))
          .filter(p -> comesFirst(p, policy) && !TargetMatcher.match(targets(p), List.of(e)).isEmpty())
          .map(p -> "\"" + p.address().key() + "\"").toList();
      if (!ahead.isEmpty()) {
        remedy.add(e.hostName() + " is also targeted by policy " + String.join(", ", ahead) + ", which comes first and decides its settings");
      }
    }
    remedy.add("In Policies > Policy Management, find the policy above \"" + policy.address().key() + "\" that covers "
        + String.join(", ", named) + (off.size() > NAMED ? " and " + (off.size() - NAMED) + " more" : "")
        + ", or check that their agents are online and have received the policy");
    return new CheckOutcome(CheckOutcome.Status.FAIL, "Endpoint Sensor is off on " + off.size() + " of " + covered.size()
        + " endpoints policy \"" + policy.address().key() + "\" covers: " + String.join(", ", named)
        + (off.size() > NAMED ? " and " + (off.size() - NAMED) + " more" : ""), remedy, SHOW_AGENT_LIST);
  }

  /** Only the platforms the policy ticks are its business: a cleared box is a choice, reported elsewhere. */
  private static List<Endpoint> onTickedPlatforms(DesiredResource policy, List<Endpoint> covered) {
    boolean desktop = !Value.FALSE.equals(policy.attributes().get("windowsDesktop"));
    boolean server = !Value.FALSE.equals(policy.attributes().get("windowsServer"));
    return covered.stream().filter(e -> e.isServer() ? server : desktop).toList();
  }

  private static TargetMatcher.Targets targets(DesiredResource policy) {
    return TargetMatcher.Targets.of(policy.attributes().getOrDefault("targets", Value.map(Map.of())));
  }

  /** Specified policies come before filtered ones; among filtered ones, the lower priority number. */
  private static boolean comesFirst(DesiredResource a, DesiredResource b) {
    boolean aSpecified = targets(a).type().equals("specified");
    boolean bSpecified = targets(b).type().equals("specified");
    if (aSpecified != bSpecified) {
      return aSpecified;
    }
    int pa = priority(a);
    int pb = priority(b);
    return pa < pb;
  }

  private static int priority(DesiredResource d) {
    return Optional.ofNullable(d.attributes().get("priority")).flatMap(Value::asNumber).map(java.math.BigDecimal::intValue).orElse(Integer.MAX_VALUE);
  }
}
