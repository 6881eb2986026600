package dev.tiac.providers.apexone;

import java.util.function.Function;
import dev.tiac.contract.Evidence;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.spi.Wired;
import dev.tiac.contract.spi.Reach;
import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Address;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.ConsoleWords;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.Direction;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Changes;
import dev.tiac.contract.spi.Desired;
import dev.tiac.contract.spi.Entry;
import dev.tiac.contract.spi.Exported;
import dev.tiac.contract.spi.KindDefinition;
import dev.tiac.contract.spi.KindIdentity;
import dev.tiac.contract.spi.Leg;
import dev.tiac.contract.spi.Outcomes;
import dev.tiac.contract.spi.ReadinessRule;
import dev.tiac.contract.spi.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * An Apex One Security Agent policy in Apex Central's Policy Management ({@code apexone.policy}):
 * its targets, platforms, Endpoint Sensor, deployment and priority.
 */
public final class ApexOnePolicyKind implements KindDefinition {
  /** A policy's targets when none are known: filtered on nothing, as the console's default. */
  public static final Value NO_TARGETS = Value.map(Map.of("type", Value.text("filtered")));

  private static final String POINTER = "/apexOne/policies";
  private static final Set<String> SWITCHES = Set.of("endpointSensor", "windowsDesktop", "windowsServer", "deploy");

  /** It follows the licence: Endpoint Sensor needs its licence, not Active Directory; a failed sync tool run must not hold the policies back. */
  @Override
  public KindIdentity identity() {
    return new KindIdentity(ResourceKind.APEXONE_POLICY, SetupStep.APEXONE_POLICIES, Service.APEX_CENTRAL, Optional.of(ResourceKind.LICENCE));
  }

  /** Endpoint activity exists only where a policy enables Endpoint Sensor, live. */
  @Override
  public List<ReadinessRule> readiness() {
    return List.of(new ReadinessRule(Leg.ENDPOINT, 10, "Endpoint Sensor on the policies' endpoints", v -> {
      List<DesiredResource> sensing = v.declared(kind(), d -> Value.TRUE.equals(d.attributes().get("endpointSensor")));
      return Optional.of(sensing.isEmpty()
          ? new CheckOutcome(CheckOutcome.Status.UNKNOWN, "no Apex One policy in the file enables Endpoint Sensor",
              List.of("Declare an apexOne.policies entry with endpointSensor.enabled: true for the endpoints the investigations follow."))
          : Outcomes.all(sensing.stream().map(d -> v.judge(d, "endpointSensor", a -> Value.TRUE.equals(a.get("endpointSensor")),
              a -> "has Endpoint Sensor " + (Value.TRUE.equals(a.get("endpointSensor")) ? "on" : "off"))).toList()));
    }, Optional.empty()));
  }

  /** Endpoint Sensor off, the policy deleted, or a platform cleared: the sensor stops on those endpoints. */
  @Override
  public List<String> impact(List<Change> changes, List<DesiredResource> declared, List<LiveResource> live, String investigations) {
    List<String> warnings = new ArrayList<>();
    for (Change c : changes) {
      if (Changes.after(c, "endpointSensor").equals(Optional.of(Value.FALSE)) || c.kind() == ChangeKind.DELETE) {
        warnings.add(c.address() + ": Endpoint Sensor stops on " + c.reach().map(r -> r.count() + " " + r.unit()).orElse("its endpoints")
            + ", so the investigations " + investigations + " lose the endpoint activity there");
      }
      for (String platform : List.of("windowsDesktop", "windowsServer")) {
        // A cleared platform box stops the sensor on that platform's endpoints just as surely.
        if (c.kind() != ChangeKind.DELETE && Changes.after(c, platform).equals(Optional.of(Value.FALSE))) {
          boolean desktop = platform.equals("windowsDesktop");
          warnings.add(c.address() + ": clearing " + (desktop ? "Windows desktop" : "Windows Server platforms") + " stops Endpoint Sensor on the policy's "
              + (desktop ? "desktops" : "servers") + " (it covers " + c.reach().map(r -> r.count() + " " + r.unit()).orElse("endpoints")
              + "), so the investigations " + investigations + " lose the endpoint activity there");
        }
      }
    }
    return warnings;
  }

  @Override
  public Declarations declarations() {
    return Declarations.eachOf(POINTER, kind().type(), n -> n.path("name").asString(), "id", "agentCount");
  }

  @Override
  public void read(JsonNode n, Desired d) {
    d.put("targets", n.path("targets"))
        .put("windowsDesktop", Value.bool(n.path("platforms").path("windowsDesktop").asBoolean(true)))
        .put("windowsServer", Value.bool(n.path("platforms").path("windowsServer").asBoolean(true)))
        .put("endpointSensor", n.path("endpointSensor").path("enabled"))
        .put("deploy", Value.bool(n.path("deploy").asBoolean(true)))
        .put("priority", n.path("priority")).optIn(n.path("allowWeakening"), OptIn.WEAKEN);
  }

  /** Turning the sensor, a platform or the deployment off weakens; turning one on strengthens. */
  @Override
  public Change judge(Change change, Set<OptIn> optIns, Optional<LiveResource> live) {
    boolean weakening = false;
    boolean strengthening = false;
    for (AttributeChange a : change.attributes()) {
      if (SWITCHES.contains(a.name())) {
        weakening |= a.before().orElse(Value.FALSE).equals(Value.TRUE) && a.after().orElse(Value.FALSE).equals(Value.FALSE);
        strengthening |= a.after().orElse(Value.FALSE).equals(Value.TRUE);
      }
    }
    if (weakening) {
      return Rules.guarded(change, Direction.WEAKENING, Optional.empty(), optIns.contains(OptIn.WEAKEN));
    }
    return strengthening ? Rules.strengthening(change) : Rules.neutral(change);
  }

  @Override
  public Optional<String> deleted(Address address, Optional<LiveResource> live) {
    return Optional.of("the policy's endpoints fall back to the next matching policy, which may not enable Endpoint Sensor");
  }

  @Override
  public List<String> consoleSteps(Change change, Map<String, Value> desired) {
    String key = change.address().key();
    List<String> s = new ArrayList<>();
    s.add("In the Apex Central console, go to Policies > Policy Management and choose the product Apex One Security Agent.");
    if (change.kind() == ChangeKind.DELETE) {
      s.add("Select the policy \"" + key + "\" and delete it.");
      return s;
    }
    s.add(Changes.after(change, "targets").map(t -> "Create or open the policy \"" + key + "\" and under Specify targets choose " + ConsoleWords.targets(t) + ".")
        .orElse("Open the policy \"" + key + "\"."));
    platforms(change).ifPresent(s::add);
    Changes.after(change, "endpointSensor").ifPresent(on -> s.add("Expand Endpoint Sensor Settings and " + ConsoleWords.tick(on).toLowerCase(Locale.ROOT)
        + " Enable Endpoint Sensor."));
    s.add("Click " + (Changes.after(change, "deploy").flatMap(Value::asBoolean).orElse(true) ? "Deploy" : "Save (as a draft)") + ".");
    // Only a deployed filtered policy is ranked; specified policies always come first.
    Changes.after(change, "priority").map(ConsoleWords::plain).ifPresent(p -> s.add("In the list of deployed filtered policies, move \"" + key
        + "\" to priority " + p + " (the first policy whose targets match an endpoint is the one it runs)."));
    return s;
  }

  /** Under Additional Service Settings, the platform check boxes the change sets: "select Windows desktop and Windows Server platforms". */
  private static Optional<String> platforms(Change change) {
    Optional<String> desktop = Changes.after(change, "windowsDesktop").map(ConsoleWords::tick);
    Optional<String> server = Changes.after(change, "windowsServer").map(ConsoleWords::tick);
    List<String> boxes = new ArrayList<>();
    desktop.ifPresent(tick -> boxes.add(tick.toLowerCase(Locale.ROOT) + " Windows desktop"));
    server.ifPresent(tick -> boxes.add((desktop.equals(server) ? "" : tick.toLowerCase(Locale.ROOT) + " ") + "Windows Server platforms"));
    return boxes.isEmpty() ? Optional.empty() : Optional.of("Expand Additional Service Settings and " + String.join(" and ", boxes) + ".");
  }

  @Override
  public Optional<OptIn> optIn() {
    return Optional.of(OptIn.WEAKEN);
  }

  @Override
  public Optional<String> neverDeleted() {
    return Optional.empty();
  }

  @Override
  public List<Exported> export(List<LiveResource> live, boolean byHand) {
    if (byHand || live.isEmpty()) {
      return List.of(new Exported.Commented(POINTER, List.of("policies: the Security Agent policies that enable Endpoint Sensor (confirm them in Apex Central)")));
    }
    return List.of(new Exported.Each(POINTER, live.stream().map(ApexOnePolicyKind::policy).toList()));
  }

  private static Entry policy(LiveResource p) {
    // The type first, as a person writes targets; a policy with none shown targets all.
    Map<String, Value> shown = p.attributes().getOrDefault("targets", Value.map(Map.of())).fields();
    Entry targets = new Entry().put("type", shown.getOrDefault("type", Value.text("all")));
    shown.forEach((k, v) -> {
      if (!k.equals("type")) {
        targets.put(k, v);
      }
    });
    return new Entry().put("name", Value.text(p.address().key())).put("targets", targets)
        .put("platforms", new Entry().put("windowsDesktop", Exported.shown(p, "windowsDesktop")).put("windowsServer", Exported.shown(p, "windowsServer")))
        .put("endpointSensor", new Entry().put("enabled", Exported.shown(p, "endpointSensor")))
        .put("deploy", Exported.shown(p, "deploy")).put("priority", Optional.ofNullable(p.attributes().get("priority")));
  }

  /** The policy, then its deployment unless the file turns deployment off, then its place when it has one. */
  @Override
  public int applyCalls(Change change) {
    if (change.kind() == ChangeKind.DELETE) {
      return 1;
    }
    boolean deploys = change.attributes().stream().noneMatch(a -> a.name().equals("deploy") && a.after().equals(Optional.of(Value.FALSE)));
    boolean placed = change.attributes().stream().anyMatch(a -> a.name().equals("priority") && a.after().isPresent());
    return 1 + (deploys ? 1 : 0) + (deploys && placed ? 1 : 0);
  }

  /** Each declared policy's targets, by name; a policy that names none is filtered on nothing. */
  public static Map<String, Value> declaredTargets(Reach reach) {
    Map<String, Value> targets = new java.util.HashMap<>();
    reach.desired(ResourceKind.APEXONE_POLICY).forEach(d -> targets.put(d.address().key(), d.attributes().getOrDefault("targets", NO_TARGETS)));
    return Map.copyOf(targets);
  }

  /**
   * ShowAgentList and ProductAgents, read once where the file declares policies and shared by the
   * evidence, each change's reach and the coverage check, whichever driver changes them.
   */
  @Override
  public Wired wire(Reach reach, KindHandling handling) {
    boolean read = reach.client(AgentInventory.class).isPresent() && reach.declares(kind());
    return new Wired(Optional.empty(), Optional.empty(), Wired.calls(Service.APEX_CENTRAL, read ? 2 : 0));
  }

  /** Endpoint Sensor on the endpoints the policy targets, as ShowAgentList reports them. */
  @Override
  public Optional<Function<Address, Evidence>> evidence(Reach reach) {
    Map<String, Value> targets = declaredTargets(reach);
    Optional<AgentInventory> inventory = reach.client(AgentInventory.class);
    return Optional.of(a -> inventory.isEmpty() || !targets.containsKey(a.key())
        ? Evidence.silent("no apexCentral connection to ask ShowAgentList")
        : SensorEvidence.of(TargetMatcher.match(TargetMatcher.Targets.of(targets.get(a.key())), inventory.get().get())).evidence());
  }
}
