package dev.tiac.plan.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.config.diagnostics.SourceLocation;
import dev.tiac.config.model.Investigation;
import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.Direction;
import dev.tiac.contract.Evidence;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Source;
import dev.tiac.contract.Unverified;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Conclusions;
import dev.tiac.providers.Kinds;
import dev.tiac.state.Attestation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The readiness concluded from a plan's findings: pass, fail with the blocker named, unknown with what is not shown. */
class CorrelationReadinessTest {
  static final Address ACCOUNT = Address.of(ResourceKind.CAS_SERVICE_ACCOUNT, "exchangeOnline");
  static final Address ATP = Address.of(ResourceKind.CAS_POLICY, "Default Exchange Policy ATP");
  static final Address DLP = Address.of(ResourceKind.CAS_POLICY, "Default Exchange Policy DLP");
  static final Address TOKEN = Address.of(ResourceKind.CAS_TOKEN, "apex-central-correlation");
  static final Address AD_SYNC = Address.of(ResourceKind.AD_SYNC, "settings");
  static final Address POLICY = Address.of(ResourceKind.APEXONE_POLICY, "Endpoint Sensor - Windows");
  static final Address OUTLOOK = Address.of(ResourceKind.EMAIL_CLIENT, "outlook");
  static final CheckOutcome PASS = new CheckOutcome(CheckOutcome.Status.PASS, "seen", List.of());
  static final CheckOutcome MAIL = new CheckOutcome(CheckOutcome.Status.PASS, "a sweep of the last day returned Exchange Online mail", List.of());
  static final CheckOutcome QUIET = new CheckOutcome(CheckOutcome.Status.UNKNOWN, "a sweep of the last day returned no mail", List.of("check the account"));

  static final Value ALL_USERS = Value.map(Map.of("type", Value.text("all")));
  final List<DesiredResource> desired = new ArrayList<>();
  final Map<Address, LiveResource> live = new HashMap<>();
  final List<Change> changes = new ArrayList<>();
  final Map<Address, Attestation> attested = new HashMap<>();
  final Map<Address, Evidence> evidence = new HashMap<>();
  KindHandling handling = KindHandling.API_CALLS;
  CheckOutcome sweeps = MAIL;
  CheckOutcome directory = PASS;

  /** The seed setup, applied and in sync: every setting live as declared, every check passing. */
  void appliedSetup() {
    declare(ACCOUNT, Map.of("type", Value.text("exchangeOnline")));
    declare(ATP, Map.of("status", Value.text("ON"), "targets", ALL_USERS));
    declare(DLP, Map.of("status", Value.text("OFF"), "targets", ALL_USERS));
    declare(TOKEN, Map.of("target", Value.text("apexOneAsAService"), "apiTypes", Value.set(List.of("threatInvestigation.emailMessage"))));
    declare(AD_SYNC, Map.of("enabled", Value.TRUE));
    declare(POLICY, Map.of("endpointSensor", Value.TRUE));
    check(Address.of(ResourceKind.LICENCE, "cloudAppSecurity"), PASS);
    check(Address.of(ResourceKind.LICENCE, "endpointSensor"), PASS);
    check(OUTLOOK, PASS);
  }

  void declare(Address address, Map<String, Value> attributes) {
    desired.add(new DesiredResource(address, attributes, Map.of(), Set.of(), Set.of(), new SourceLocation("tiac.yaml", 10, 5)));
    live.put(address, LiveResource.of(address, attributes));
  }

  void check(Address address, CheckOutcome outcome) {
    desired.add(new DesiredResource(address, Map.of(), Map.of(), Set.of(), Set.of(), new SourceLocation("tiac.yaml", 20, 5)));
    changes.add(new Change(address, ChangeKind.CHECK, List.of(), Direction.NEUTRAL, Optional.empty(), true, Optional.empty(), List.of(),
        Optional.of(outcome), Optional.empty()));
  }

  /** Attested, and marked by the plan as not verifiable by API in {@code attribute}, as a runbook refresh marks it. */
  void standsOnAttestation(Address address, String attribute, String who, String at) {
    attested.put(address, new Attestation(who, Instant.parse(at), ""));
    changes.add(new Change(address, ChangeKind.NO_CHANGE, List.of(), Direction.NEUTRAL, Optional.empty(), true, Optional.empty(), List.of(),
        Optional.empty(), Optional.empty()).withUnverified(new Unverified(List.of(attribute), Optional.of(new Source.Attestation(who, Instant.parse(at))))));
  }

  /** An investigation that sweeps every mailbox for a subject. */
  static Investigation sweeping(String name) {
    Investigation.Email email = new Investigation.Email(Optional.empty(), Optional.empty(), Optional.of("invoice"), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    return new Investigation(name, Optional.empty(), Optional.empty(), Optional.empty(),
        new Investigation.From(Optional.of(email), Optional.empty(), Optional.empty(), Optional.empty()), List.of(), List.of(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  CheckOutcome readiness(List<String> investigations) {
    return readinessOf(investigations.stream().map(CorrelationReadinessTest::sweeping).toList());
  }

  CheckOutcome readinessOf(List<Investigation> investigations) {
    CorrelationReadiness readiness = new CorrelationReadiness(Kinds.registry(), investigations, Optional.of(new SourceLocation("tiac.yaml", 90, 3)),
        k -> handling, a -> Optional.ofNullable(evidence.get(a)), () -> sweeps, () -> directory);
    List<Change> all = readiness.draw(new Conclusions.Facts(changes, desired, live, a -> Optional.ofNullable(attested.get(a))));
    Change concluded = all.get(all.size() - 1);
    assertEquals(CorrelationReadiness.ADDRESS, concluded.address());
    assertEquals(ChangeKind.CHECK, concluded.kind());
    assertEquals("correlation.readiness[\"email\"]", concluded.address().toString());
    assertEquals(Optional.of(new SourceLocation("tiac.yaml", 90, 3)), concluded.declaredAt());
    return concluded.check().orElseThrow();
  }

  CheckOutcome readiness() {
    return readiness(List.of("invoice-phish", "sso-lookalike"));
  }

  @Test
  void aFullyAppliedSetupIsReadyAndSaysWhatEachPartRestsOn() {
    appliedSetup();
    CheckOutcome ready = readiness();
    assertEquals(CheckOutcome.Status.PASS, ready.status(), ready.evidence());
    assertTrue(ready.evidence().startsWith("ready: mail → AD user → endpoint activity holds for invoice-phish, sso-lookalike"), ready.evidence());
    assertTrue(ready.evidence().contains("apexone.policy[\"Endpoint Sensor - Windows\"] has Endpoint Sensor on (as the console shows it)"), ready.evidence());
    assertTrue(ready.remedy().isEmpty());
  }

  @Test
  void withoutInvestigationsThereIsNothingToConclude() {
    appliedSetup();
    CorrelationReadiness readiness = new CorrelationReadiness(Kinds.registry(), List.of(), Optional.empty(), k -> handling, a -> Optional.empty(), () -> sweeps, () -> directory);
    assertEquals(changes, readiness.draw(new Conclusions.Facts(changes, desired, live, a -> Optional.empty())));
  }

  @Test
  void everyExchangePolicyOffBlocksAndOnlyThePolicyTheFileWantsOnIsTheWayOut() {
    appliedSetup();
    live.put(ATP, LiveResource.of(ATP, Map.of("status", Value.text("OFF"), "targets", ALL_USERS)));
    sweeps = QUIET;
    CheckOutcome blocked = readiness();
    assertEquals(CheckOutcome.Status.FAIL, blocked.status());
    assertTrue(blocked.evidence().startsWith("blocked by a Default Exchange policy ON: where it breaks, the investigations invoice-phish, sso-lookalike"),
        blocked.evidence());
    assertTrue(blocked.evidence().contains("not shown: sweeps through the connection's token"), blocked.evidence());
    String remedy = String.join("\n", blocked.remedy());
    assertTrue(remedy.contains("To set cas.policy[\"Default Exchange Policy ATP\"] as the file declares, run: tiac apply"), remedy);
    assertFalse(remedy.contains("Default Exchange Policy DLP\"] this way"), "DLP is OFF by the file's choice, not a blocker to fix: " + remedy);
  }

  @Test
  void mailSeenInASweepOutweighsAnUnattestedAccountAndPolicyButAttestationsAloneDoNotHold() {
    appliedSetup();
    handling = KindHandling.RUNBOOK_STEPS;
    live.remove(ACCOUNT);
    live.remove(ATP);
    standsOnAttestation(TOKEN, "apiTypes", "alice", "2026-05-01T10:00:00Z");
    standsOnAttestation(AD_SYNC, "enabled", "alice", "2026-05-01T10:00:00Z");
    standsOnAttestation(POLICY, "endpointSensor", "bob", "2026-05-02T10:00:00Z");
    CheckOutcome ready = readiness();
    // The sweep's mail speaks for the account and the policy; what rests on an attestation alone is not verifiable by API.
    assertEquals(CheckOutcome.Status.UNKNOWN, ready.status(), ready.evidence());
    assertFalse(ready.evidence().contains("Exchange Online service account,") || ready.evidence().contains("a Default Exchange policy ON,"), ready.evidence());
    String remedy = String.join("\n", ready.remedy());
    assertTrue(remedy.contains("enabled not verifiable by API since 2026-05-01 (attested by alice)"), remedy);
  }

  @Test
  void underTheRunbookASettingNeitherAttestedNorShownIsUnknownWithTheAttestStep() {
    appliedSetup();
    handling = KindHandling.RUNBOOK_STEPS;
    live.remove(AD_SYNC);
    evidence.put(AD_SYNC, Evidence.silent(List.of("no LDAP read shows whether Apex Central synchronizes the directory")));
    CheckOutcome unknown = readiness();
    assertEquals(CheckOutcome.Status.UNKNOWN, unknown.status(), unknown.evidence());
    assertTrue(unknown.evidence().startsWith("not shown: ") && unknown.evidence().contains("Active Directory synchronization"), unknown.evidence());
    String adSync = unknown.remedy().stream().filter(r -> r.startsWith("Active Directory synchronization")).findFirst().orElseThrow();
    assertTrue(adSync.endsWith("console steps the plan lists for apexcentral.adSync[\"settings\"], then run: tiac attest --address 'apexcentral.adSync[\"settings\"]'"),
        "the command the CLI completes with the run's files, with no full stop after it: " + adSync);
    assertTrue(adSync.contains("no LDAP read shows"), adSync);
  }

  @Test
  void aTokenTheServiceNoLongerKnowsBlocks() {
    appliedSetup();
    handling = KindHandling.RUNBOOK_STEPS;
    live.remove(TOKEN);
    attested.put(TOKEN, new Attestation("alice", Instant.parse("2026-05-01T10:00:00Z"), ""));
    evidence.put(TOKEN, Evidence.gone("Cloud App Security knows the token in secrets/t in no region"));
    CheckOutcome blocked = readiness();
    assertEquals(CheckOutcome.Status.FAIL, blocked.status());
    assertTrue(blocked.evidence().startsWith("blocked by the token for Apex One as a Service"), blocked.evidence());
    assertTrue(blocked.remedy().get(0).contains("is gone (attested by alice on 2026-05-01; Cloud App Security knows the token"), blocked.remedy().toString());
  }

  @Test
  void aSettingOnlyPartlyShownIsUnknownNotFailed() {
    appliedSetup();
    handling = KindHandling.RUNBOOK_STEPS;
    live.put(TOKEN, LiveResource.of(TOKEN, Map.of()));
    evidence.put(TOKEN, Evidence.shown(Map.of(), List.of("the token in secrets/t is known to Cloud App Security")));
    CheckOutcome unknown = readiness();
    assertEquals(CheckOutcome.Status.UNKNOWN, unknown.status(), unknown.evidence());
    assertTrue(unknown.evidence().startsWith("not shown: the token for Apex One as a Service"), unknown.evidence());
  }

  @Test
  void aFailingCheckAndAnUnreadableDirectoryAreBothNamed() {
    appliedSetup();
    changes.removeIf(c -> c.address().equals(OUTLOOK));
    check(OUTLOOK, new CheckOutcome(CheckOutcome.Status.FAIL, "3 of 40 endpoints in scope show no outlook.exe", List.of("Make Outlook the mail client on: WS1, WS2, WS3")));
    directory = new CheckOutcome(CheckOutcome.Status.UNKNOWN, "the directory at dc01:636 could not be read (CONNECT_ERROR)", List.of("Check that dc01:636 is reachable"));
    CheckOutcome blocked = readiness();
    assertEquals(CheckOutcome.Status.FAIL, blocked.status());
    assertTrue(blocked.evidence().contains("blocked by Outlook on the endpoints in scope"), blocked.evidence());
    assertTrue(blocked.evidence().contains("not shown: directory users"), blocked.evidence());
    assertEquals(2, blocked.remedy().size(), blocked.remedy().toString());
    assertTrue(blocked.remedy().get(0).startsWith("Outlook on the endpoints in scope (endpoint activity): fail, 3 of 40"), blocked.remedy().get(0));
    assertTrue(blocked.remedy().get(1).startsWith("directory users (AD user): unknown"), blocked.remedy().get(1));
  }

  @Test
  void whatTheFileDoesNotDeclareIsNamedAsNotChecked() {
    declare(ATP, Map.of("status", Value.text("ON"), "targets", ALL_USERS));
    declare(POLICY, Map.of("endpointSensor", Value.TRUE));
    CheckOutcome ready = readiness(List.of("invoice-phish"));
    assertEquals(CheckOutcome.Status.PASS, ready.status(), ready.evidence());
    assertTrue(ready.evidence().contains("not checked: the cloudAppSecurity licence"), ready.evidence());
    assertTrue(ready.evidence().contains("Outlook on the endpoints in scope (the file declares no apexOne.emailClient)"), ready.evidence());
  }

  static Value selected(List<String> mailboxes, List<String> groups) {
    return Value.map(Map.of("type", Value.text("selected"), "mailboxes", Value.set(mailboxes), "groups", Value.set(groups)));
  }

  /** An investigation that starts from one user's mailbox. */
  static Investigation fromUser(String name, String mail) {
    return new Investigation(name, Optional.empty(), Optional.empty(), Optional.empty(), new Investigation.From(Optional.empty(),
        Optional.of(new Investigation.User(Optional.empty(), Optional.of(mail), Optional.empty())), Optional.empty(), Optional.empty()),
        List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  void anInvestigationThatReadsMailboxesOutsideThePolicysTargetsIsBlocked() {
    appliedSetup();
    declare(ATP, Map.of("status", Value.text("ON"), "targets", selected(List.of("ceo@acme.example"), List.of("Finance"))));
    desired.removeIf(d -> d.address().equals(ATP) && !d.attributes().get("targets").fields().containsKey("groups"));
    CheckOutcome blocked = readiness();
    assertEquals(CheckOutcome.Status.FAIL, blocked.status(), blocked.evidence());
    assertTrue(blocked.evidence().startsWith("blocked by the investigations' mailboxes protected by a policy ON"), blocked.evidence());
    String remedy = String.join("\n", blocked.remedy());
    assertTrue(remedy.contains("invoice-phish reads every mailbox; sso-lookalike reads every mailbox, but the enabled policies protect only"
        + " Default Exchange Policy ATP: Selected users/groups: mailboxes ceo@acme.example; groups Finance: mail outside them is invisible to the sweeps"), remedy);
    assertTrue(remedy.contains("The file itself declares cas.policy[\"Default Exchange Policy ATP\"] this way"), remedy);
  }

  @Test
  void aListedMailboxIsProtectedAndOneThatMayBeInAGroupIsNotShown() {
    appliedSetup();
    declare(ATP, Map.of("status", Value.text("ON"), "targets", selected(List.of("ceo@acme.example"), List.of("Finance"))));
    desired.removeIf(d -> d.address().equals(ATP) && !d.attributes().get("targets").fields().containsKey("groups"));
    assertEquals(CheckOutcome.Status.PASS, readinessOf(List.of(fromUser("ceo-mail", "CEO@acme.example"))).status());
    CheckOutcome unknown = readinessOf(List.of(fromUser("clerk-mail", "clerk@acme.example")));
    assertEquals(CheckOutcome.Status.UNKNOWN, unknown.status(), unknown.evidence());
    assertTrue(String.join("\n", unknown.remedy()).contains("clerk-mail reads clerk@acme.example, which may or may not be in the groups"), unknown.remedy().toString());
  }

  @Test
  void aPolicyWhoseTargetsNoApiShowsLeavesTheMailboxesUnknown() {
    appliedSetup();
    handling = KindHandling.RUNBOOK_STEPS;
    live.put(ATP, LiveResource.of(ATP, Map.of("status", Value.text("ON"))));
    CheckOutcome unknown = readiness();
    assertTrue(unknown.evidence().contains("not shown: the investigations' mailboxes protected by a policy ON"), unknown.evidence());
    assertTrue(String.join("\n", unknown.remedy()).contains("Check the Target of cas.policy[\"Default Exchange Policy ATP\"] in the console"), unknown.remedy().toString());
  }
}
