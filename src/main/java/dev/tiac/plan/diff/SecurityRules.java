package dev.tiac.plan.diff;

import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.Direction;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.Value;
import java.util.Optional;
import java.util.Set;

/**
 * Tags each change with its security direction and, where it cannot be taken back, its
 * consequence in words, and records whether the file opted in. Weakening means detection or
 * protection gets less: a policy turned off, Endpoint Sensor disabled, a blocked entry removed.
 */
final class SecurityRules {
  Change apply(Change change, Optional<DesiredResource> desired, DiffInput input) {
    if (!change.isAction()) {
      return change;
    }
    Optional<LiveResource> live = Optional.ofNullable(input.live().get(change.address()));
    if (change.kind() == ChangeKind.DELETE) {
      // Only the removal rule plans a delete, and only under the opt-in that names the resource.
      return deleted(change, live);
    }
    Set<OptIn> optIns = desired.map(DesiredResource::optIns).orElse(Set.of());
    return switch (change.address().kind()) {
      case CAS_POLICY -> toggled(change, "status", Value.text("ON"), optIns.contains(OptIn.WEAKEN), Optional.empty());
      case APEXONE_POLICY -> apexOnePolicy(change, optIns);
      case AD_SYNC -> toggled(change, "enabled", Value.TRUE, optIns.contains(OptIn.WEAKEN),
          Optional.of("Apex Central stops synchronizing Active Directory: investigations lose user identities"));
      case SUSPICIOUS_OBJECT -> suspiciousObject(change, optIns);
      case CAS_BLOCKED_LISTS -> blockedLists(change, optIns);
      // A token whose value was never delivered is held by nobody: replacing it takes nothing away.
      case CAS_TOKEN -> live.isEmpty() || neverDelivered(live.get())
          ? change.withRules(Direction.NEUTRAL, Optional.empty(), true)
          : change.withRules(Direction.NEUTRAL,
              Optional.of("rotating the token invalidates the current one: every integration that holds it loses access until it receives the new value"),
              optIns.contains(OptIn.ROTATE));
      case AD_SYNC_TOOL -> reissue(change, optIns);
      case CLOUD_SERVICE_SETTINGS -> live.map(l -> Value.TRUE.equals(l.attributes().get("registeredElsewhere"))).orElse(false)
          ? change.withRules(Direction.NEUTRAL,
              Optional.of("the licensing account is registered to another Apex Central; registering it here makes that console stop receiving logs and signing in to the cloud services"),
              optIns.contains(OptIn.TAKEOVER))
          : change.withRules(Direction.STRENGTHENING, Optional.empty(), true);
      case CAS_SERVICE_ACCOUNT -> change.withRules(Direction.STRENGTHENING, Optional.empty(), true);
      case LICENCE, EMAIL_CLIENT, DOTNET, SENSOR_COVERAGE, READINESS -> change;
    };
  }

  /**
   * A boolean-like setting: moving away from its protective value weakens. Where nothing shows the
   * current value (a runbook setting never attested, no evidence either way), tiac cannot say the
   * step turns protection off: the default DLP policy a file keeps OFF may well be OFF already.
   */
  private static Change toggled(Change change, String attribute, Value protective, boolean optedIn, Optional<String> consequence) {
    for (AttributeChange a : change.attributes()) {
      if (a.name().equals(attribute)) {
        boolean toProtective = a.after().map(protective::equals).orElse(false);
        if (toProtective) {
          return change.withRules(Direction.STRENGTHENING, Optional.empty(), true);
        }
        return a.before().isPresent()
            ? change.withRules(Direction.WEAKENING, consequence, optedIn)
            : change.withRules(Direction.NEUTRAL, Optional.empty(), true);
      }
    }
    return change.withRules(Direction.NEUTRAL, Optional.empty(), true);
  }

  /**
   * A tool for another server than the live one's is a new download: it deactivates the tool in
   * place, whose server stops synchronizing, so it waits for allowReissue. A first tool, or the
   * same tool's schedule, takes nothing away.
   */
  private static Change reissue(Change change, Set<OptIn> optIns) {
    Optional<AttributeChange> server = change.attributes().stream().filter(a -> a.name().equals("server") && a.before().isPresent()).findFirst();
    if (server.isEmpty()) {
      return change.withRules(Direction.STRENGTHENING, Optional.empty(), true);
    }
    String from = server.get().before().flatMap(Value::asText).orElse("the server it runs on");
    String to = server.get().after().flatMap(Value::asText).orElse(change.address().key());
    return change.withRules(Direction.NEUTRAL, Optional.of("downloading a synchronization tool for " + to + " deactivates the tool on " + from
        + " (and every earlier one): Active Directory is not synchronized until the new tool runs on " + to), optIns.contains(OptIn.REISSUE));
  }

  private static Change apexOnePolicy(Change change, Set<OptIn> optIns) {
    boolean weaken = optIns.contains(OptIn.WEAKEN);
    boolean weakening = false;
    boolean strengthening = false;
    for (AttributeChange a : change.attributes()) {
      if (Set.of("endpointSensor", "windowsDesktop", "windowsServer", "deploy").contains(a.name())) {
        weakening |= a.before().orElse(Value.FALSE).equals(Value.TRUE) && a.after().orElse(Value.FALSE).equals(Value.FALSE);
        strengthening |= a.after().orElse(Value.FALSE).equals(Value.TRUE);
      }
    }
    if (weakening) {
      return change.withRules(Direction.WEAKENING, Optional.empty(), weaken);
    }
    return change.withRules(strengthening ? Direction.STRENGTHENING : Direction.NEUTRAL, Optional.empty(), true);
  }

  private static Change suspiciousObject(Change change, Set<OptIn> optIns) {
    for (AttributeChange a : change.attributes()) {
      if (a.name().equals("scanAction") && a.before().equals(Optional.of(Value.text("block"))) && a.after().equals(Optional.of(Value.text("log")))) {
        return change.withRules(Direction.WEAKENING, Optional.empty(), optIns.contains(OptIn.WEAKEN) || optIns.contains(OptIn.DELETE));
      }
    }
    return change.withRules(change.kind() == ChangeKind.CREATE ? Direction.STRENGTHENING : Direction.NEUTRAL, Optional.empty(), true);
  }

  /** What deleting takes away, kind by kind; the opt-in that allowed it is the removal rule's. */
  private static Change deleted(Change change, Optional<LiveResource> live) {
    String key = change.address().key();
    Optional<String> consequence = switch (change.address().kind()) {
      case CAS_SERVICE_ACCOUNT -> Optional.of("Cloud App Security stops protecting Exchange Online and sweeps return no mail");
      case APEXONE_POLICY -> Optional.of("the policy's endpoints fall back to the next matching policy, which may not enable Endpoint Sensor");
      case SUSPICIOUS_OBJECT -> Optional.of("Apex Central stops matching " + key + " on every managed product");
      case CAS_TOKEN -> live.map(l -> neverDelivered(l)).orElse(true)
          ? Optional.empty()
          : Optional.of("deleting the token revokes it: every integration that holds it loses access");
      case CAS_POLICY -> Optional.of("Cloud App Security stops applying " + key);
      case AD_SYNC -> Optional.of("Apex Central stops synchronizing Active Directory: investigations lose user identities");
      case AD_SYNC_TOOL -> Optional.of("the AD server " + key + " stops synchronizing");
      case CLOUD_SERVICE_SETTINGS -> Optional.of("Apex Central stops receiving Cloud App Security logs");
      case CAS_BLOCKED_LISTS -> Optional.of("Cloud App Security stops blocking every listed sender, URL and file");
      case LICENCE, EMAIL_CLIENT, DOTNET, SENSOR_COVERAGE, READINESS -> Optional.empty();
    };
    return change.withRules(consequence.isPresent() ? Direction.WEAKENING : Direction.NEUTRAL, consequence, true);
  }

  private static Change blockedLists(Change change, Set<OptIn> optIns) {
    boolean removes = false;
    for (AttributeChange a : change.attributes()) {
      Set<Value> before = entries(a.before());
      before.removeAll(entries(a.after()));
      removes |= !before.isEmpty();
    }
    return removes
        ? change.withRules(Direction.WEAKENING, Optional.of("Cloud App Security stops blocking the removed senders, URLs or files"), optIns.contains(OptIn.DELETE))
        : change.withRules(Direction.STRENGTHENING, Optional.empty(), true);
  }

  private static Set<Value> entries(Optional<Value> list) {
    return new java.util.HashSet<>(list.map(Value::items).orElse(java.util.List.of()));
  }

  private static boolean neverDelivered(LiveResource live) {
    return Value.text(LiveResource.NEVER_DELIVERED).equals(live.attributes().get("deliverTo"));
  }

}
