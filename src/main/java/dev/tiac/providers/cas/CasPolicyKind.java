package dev.tiac.providers.cas;

import java.util.function.Function;
import dev.tiac.contract.Evidence;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.spi.Reach;
import dev.tiac.contract.spi.Wired;
import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
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
import dev.tiac.contract.spi.ReadinessRule;
import dev.tiac.contract.spi.ReadinessView;
import dev.tiac.contract.spi.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A Default Exchange policy of Cloud App Security ({@code cas.policy}): ATP or DLP, ON or OFF, and
 * the mailboxes it protects (its targets). Sweeps see mail only while one is ON, and only the mail
 * of the mailboxes an enabled one protects.
 */
public final class CasPolicyKind implements KindDefinition {
  private static final Value ON = Value.text("ON");
  private static final String POINTER = "/cloudAppSecurity/policies";

  @Override
  public KindIdentity identity() {
    return new KindIdentity(ResourceKind.CAS_POLICY, SetupStep.CAS_POLICIES, Service.CLOUD_APP_SECURITY, Optional.of(ResourceKind.CAS_SERVICE_ACCOUNT));
  }

  @Override
  public List<ReadinessRule> readiness() {
    return List.of(new ReadinessRule(Leg.MAIL, 20, "a Default Exchange policy ON",
        v -> Optional.of(Swept.orSwept(v.sweeps(), policies(v), true, "the file declares no cloudAppSecurity.policies")), Optional.empty()),
        ProtectedMailboxes.rule());
  }

  /**
   * Each declared Default Exchange policy judged by its live status; one ON serves. Only a policy
   * the file wants ON is a way out, so the remedy names those (or says the file keeps all OFF).
   */
  private List<CheckOutcome> policies(ReadinessView v) {
    List<CheckOutcome> judged = new ArrayList<>();
    List<DesiredResource> declared = v.declared(kind(), d -> true);
    for (DesiredResource d : declared) {
      CheckOutcome o = v.judge(d, "status", a -> ON.equals(a.get("status")), a -> "is " + a.getOrDefault("status", Value.text("unknown")).asText().orElse("unknown"));
      judged.add(ON.equals(d.attributes().get("status")) ? o : new CheckOutcome(o.status(), o.evidence(), List.of()));
    }
    if (!judged.isEmpty() && declared.stream().noneMatch(d -> ON.equals(d.attributes().get("status")))) {
      judged.add(new CheckOutcome(CheckOutcome.Status.FAIL, "the file keeps every Default Exchange policy OFF",
          List.of("Set status: \"ON\" for Default Exchange Policy ATP or DLP in cloudAppSecurity.policies, then apply.")));
    }
    return judged;
  }

  /** Turning the last policy OFF leaves sweeps no mail; a policy the file does not declare counts as it is live. */
  @Override
  public List<String> impact(List<Change> changes, List<DesiredResource> declared, List<LiveResource> live, String investigations) {
    boolean turnsOff = changes.stream().anyMatch(c -> Changes.after(c, "status").equals(Optional.of(Value.text("OFF"))));
    boolean anyOnAfter = declared.stream().anyMatch(d -> ON.equals(d.attributes().get("status")))
        || live.stream().filter(l -> declared.stream().noneMatch(d -> d.address().equals(l.address()))).anyMatch(l -> ON.equals(l.attributes().get("status")));
    return turnsOff && !anyOnAfter
        ? List.of("after this plan no Default Exchange policy is ON: Cloud App Security sweeps return no mail, so the investigations "
            + investigations + " would find nothing")
        : List.of();
  }

  @Override
  public Declarations declarations() {
    return Declarations.eachOf(POINTER, kind().type(), n -> n.path("name").asString(), "status");
  }

  @Override
  public void read(JsonNode n, Desired d) {
    d.put("status", n.path("status")).put("targets", n.path("targets"), PolicyTargets.ALL).optIn(n.path("allowWeakening"), OptIn.WEAKEN);
  }

  /** Turning a policy OFF weakens, and so does protecting fewer mailboxes; ON, or more mailboxes, strengthens. */
  @Override
  public Change judge(Change change, Set<OptIn> optIns, Optional<LiveResource> live) {
    Change status = Rules.toggled(change, "status", ON, optIns.contains(OptIn.WEAKEN), Optional.empty());
    Optional<Boolean> narrows = PolicyTargets.narrows(change);
    if (status.direction() == Direction.WEAKENING || narrows.orElse(false)) {
      return Rules.guarded(change, Direction.WEAKENING, Optional.empty(), optIns.contains(OptIn.WEAKEN));
    }
    return narrows.isPresent() ? Rules.strengthening(change) : status;
  }

  @Override
  public Optional<String> deleted(Address address, Optional<LiveResource> live) {
    return Optional.of("Cloud App Security stops applying " + address.key());
  }

  @Override
  public List<String> consoleSteps(Change change, Map<String, Value> desired) {
    String key = change.address().key();
    List<String> steps = new ArrayList<>();
    steps.add("In the Cloud App Security console, go to " + (key.endsWith("ATP") ? "Advanced Threat Protection" : "Data Loss Prevention")
        + " > Exchange Online Policies.");
    steps.add("Open \"" + key + "\" and set its status to " + Changes.after(change, "status").map(ConsoleWords::plain).orElse("ON") + ".");
    Changes.after(change, "targets").map(PolicyTargets::of)
        .ifPresent(t -> steps.add("Under Target, choose " + t.words() + (t.all() ? "." : " (and nothing else).")));
    steps.add("Save the policy.");
    return steps;
  }

  @Override
  public Optional<OptIn> optIn() {
    return Optional.of(OptIn.WEAKEN);
  }

  @Override
  public Optional<String> neverDeleted() {
    return Optional.of("the Default Exchange policies are built into Cloud App Security and cannot be deleted"
        + " (declare it with status OFF and allowWeakening instead)");
  }

  @Override
  public List<Exported> export(List<LiveResource> live, boolean byHand) {
    if (byHand) {
      return List.of(new Exported.Commented(POINTER, List.of("policies:", "  - name: Default Exchange Policy ATP", "    status: \"ON\"",
          "  - name: Default Exchange Policy DLP", "    status: \"OFF\"")));
    }
    List<Entry> policies = live.stream().map(p -> new Entry().put("name", Value.text(p.address().key())).put("status", Exported.shown(p, "status"))
        .put("targets", Optional.ofNullable(p.attributes().get("targets")).filter(t -> !t.equals(PolicyTargets.ALL)))).toList();
    return policies.isEmpty() ? List.of() : List.of(new Exported.Each(POINTER, policies));
  }

  /** The policy is saved in one call. */
  @Override
  public int applyCalls(Change change) {
    return 1;
  }

  /** Under the runbook driver, each policy's detections are its evidence, asked of Cloud App Security. */
  @Override
  public Wired wire(Reach reach, KindHandling handling) {
    int calls = handling.byRunbookSteps() && reach.client(CasClient.class).isPresent()
        ? reach.desired(kind()).stream().mapToInt(d -> CasEvidence.policyCalls(d.address().key())).sum() : 0;
    return new Wired(Optional.empty(), Optional.empty(), Wired.calls(Service.CLOUD_APP_SECURITY, calls));
  }

  /** A policy's detections show it is on. */
  @Override
  public Optional<Function<Address, Evidence>> evidence(Reach reach) {
    Optional<CasEvidence> cas = reach.client(CasEvidence.class);
    return Optional.of(a -> cas.map(c -> c.policy(a.key())).orElse(CasEvidence.NO_CONNECTION));
  }
}
