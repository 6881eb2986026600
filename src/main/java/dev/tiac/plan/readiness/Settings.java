package dev.tiac.plan.readiness;

import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.Evidence;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.Reconciliation;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Conclusions;
import dev.tiac.contract.spi.Outcomes;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Judges one declared setting by its live value for correlation's sake (not by the file: a policy
 * the file keeps OFF is no blocker while another is ON), and says what that value rests on: the
 * console itself where its live values are read; an attestation and the evidence where they are not.
 */
final class Settings {
  private final Conclusions.Facts facts;
  private final Function<ResourceKind, KindHandling> handling;
  private final Function<Address, Optional<Evidence>> evidence;

  Settings(Conclusions.Facts facts, Function<ResourceKind, KindHandling> handling, Function<Address, Optional<Evidence>> evidence) {
    this.facts = facts;
    this.handling = handling;
    this.evidence = evidence;
  }

  List<DesiredResource> declared(ResourceKind kind, Predicate<DesiredResource> which) {
    return facts.desired().stream().filter(d -> d.address().kind() == kind).filter(which).toList();
  }

  /**
   * @param good what correlation needs of the live attributes
   * @param describe the live attributes in a few words, e.g. "is ON"
   */
  CheckOutcome judge(DesiredResource d, String reliedOn, Predicate<Map<String, Value>> good, Function<Map<String, Value>, String> describe) {
    Address a = d.address();
    Optional<LiveResource> live = Optional.ofNullable(facts.live().get(a));
    String basis = basis(a);
    if (live.isPresent()) {
      Map<String, Value> attributes = live.get().attributes();
      String seen = a + " " + describe.apply(attributes) + " (" + basis + ")";
      if (good.test(attributes)) {
        Optional<String> blind = blindSpot(a, reliedOn);
        return blind.isEmpty() ? Outcomes.pass(seen)
            : new CheckOutcome(CheckOutcome.Status.UNKNOWN, a + " " + describe.apply(attributes) + ": " + blind.get(),
                List.of("Check " + a + " in the console, then run: tiac attest --address '" + a + "'"));
      }
      // Evidence without an attestation shows only part of a setting: what it does not show is unknown.
      // A console whose live values are read shows what it shows: a setting it shows wrong fails.
      boolean partial = !handling.apply(a.kind()).liveReadable() && !attributes.keySet().containsAll(d.attributes().keySet());
      return new CheckOutcome(partial ? CheckOutcome.Status.UNKNOWN : CheckOutcome.Status.FAIL, seen, fix(d, good.test(d.attributes())));
    }
    Optional<Evidence> seen = evidence.apply(a);
    if (handling.apply(a.kind()).liveReadable()) {
      return new CheckOutcome(CheckOutcome.Status.FAIL, a + " is not in the console", fix(d, good.test(d.attributes())));
    }
    if (seen.map(e -> e.presence() == Evidence.Presence.GONE).orElse(false)) {
      return new CheckOutcome(CheckOutcome.Status.FAIL, a + " is gone (" + basis + ")", fix(d, true));
    }
    return new CheckOutcome(CheckOutcome.Status.UNKNOWN, a + " was neither attested nor shown by an API" + (seen.isPresent() ? " (" + basis + ")" : ""),
        fix(d, good.test(d.attributes())));
  }

  /**
   * "status not verifiable by API since 2026-12-01 (attested by ana)" where the plan marks the
   * attribute correlation relies on unverified; empty otherwise. A setting holds for the readiness
   * only where an API showed that attribute in this run; where it stands only on an attestation,
   * the readiness lists it as unknown instead of passing.
   */
  Optional<String> blindSpot(Address a, String relied) {
    return facts.changes().stream().filter(c -> c.address().equals(a)).findFirst().flatMap(Change::unverified)
        .filter(u -> u.attributes().contains(relied)).map(u -> u.describe(List.of(relied)));
  }

  /** What a live value rests on. */
  String basis(Address a) {
    if (a.kind().reconciliation() != Reconciliation.CONSOLE || handling.apply(a.kind()).liveReadable()) {
      return "as the console shows it";
    }
    List<String> parts = new ArrayList<>();
    facts.attestations().apply(a).ifPresent(at -> parts.add("attested by " + at.who() + " on " + LocalDate.ofInstant(at.at(), ZoneOffset.UTC)));
    evidence.apply(a).ifPresent(e -> parts.addAll(e.seen()));
    return parts.isEmpty() ? "as last applied" : String.join("; ", parts);
  }

  List<String> fix(DesiredResource d, boolean fileWantsIt) {
    if (!fileWantsIt) {
      return List.of("The file itself declares " + d.address() + " this way (" + d.declaredAt() + "): change it there, then apply.");
    }
    Optional<Change> refused = facts.changes().stream()
        .filter(c -> c.address().equals(d.address()) && c.isAction() && c.isRefused()).findFirst();
    if (refused.isPresent()) {
      // Apply would refuse the change that restores it: the remedy is the opt-in, not a bare apply.
      return List.of("The change that restores it needs an opt-in: " + dev.tiac.plan.render.OptInHint.sentence(refused.get()) + ", then run tiac apply.");
    }
    if (handling.apply(d.address().kind()).byApiCalls()) {
      return List.of("To set " + d.address() + " as the file declares, run: tiac apply");
    }
    // The command is completed with the run's files by the CLI, which alone knows how tiac was invoked.
    return List.of("Take the console steps the plan lists for " + d.address() + ", then run: tiac attest --address '" + d.address() + "'");
  }
}
