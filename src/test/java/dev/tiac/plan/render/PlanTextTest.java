package dev.tiac.plan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.config.diagnostics.SourceLocation;
import dev.tiac.contract.Address;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.Direction;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.plan.SamplePlans;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanTextTest {
  private static final Path GOLDEN = Path.of("src/test/resources/dev/tiac/plan/render");

  private final String plain = new PlanText(Style.PLAIN).render(SamplePlans.mixed());

  @Test
  void matchesTheGoldenPlainText() {
    Golden.assertMatches(GOLDEN.resolve("mixed.txt"), plain);
  }

  @Test
  void matchesTheGoldenColouredText() {
    Golden.assertMatches(GOLDEN.resolve("mixed-colour.txt"), new PlanText(Style.COLOUR).render(SamplePlans.mixed()));
  }

  @Test
  void settingsThatStandOnAnAttestationAreListedWithTheDayNotAsUpToDate() {
    String text = new PlanText(Style.PLAIN).render(SamplePlans.unverified());
    assertTrue(text.contains("No changes. Nothing was shown to differ from the desired state; what no API could show is listed below"), text);
    assertFalse(text.contains("every check passes"), text);
    assertTrue(text.contains("Not verifiable by API (each stands on an attestation; not drift, and not verified):\n\n"
        + "  = cas.policy[\"Default Exchange Policy ATP\"] stands as attested\n"
        + "      unverified: status not verifiable by API since 2026-12-01 (attested by ana)\n"), text);
    assertFalse(text.contains("up to date and not listed"), text);
    assertTrue(text.endsWith("0 checks failing, 1 unknown, 1 not verifiable by API.\n"), text);
  }

  @Test
  void matchesTheGoldenTextOfAPlanInSync() {
    Golden.assertMatches(GOLDEN.resolve("in-sync.txt"), new PlanText(Style.PLAIN).render(SamplePlans.inSync()));
  }

  @Test
  void listsWeakeningChangesFirst() {
    int weakening = plain.indexOf("Changes that WEAKEN SECURITY");
    int atp = plain.indexOf("~ cas.policy[\"Default Exchange Policy ATP\"] will be updated in place  [WEAKENS SECURITY]");
    int apexOne = plain.indexOf("~ apexone.policy[\"Threat Investigations\"] will be updated in place  [WEAKENS SECURITY]");
    int others = plain.indexOf("Changes:");
    int serviceAccount = plain.indexOf("! cas.serviceAccount[\"exchangeOnline\"]");
    assertTrue(weakening >= 0 && weakening < atp && atp < apexOne && apexOne < others && others < serviceAccount, plain);
  }

  @Test
  void spellsOutTheConsequenceAndTheMissingOptIn() {
    assertTrue(plain.contains("destructive: reissuing the AD sync tool deactivates every earlier tool"), plain);
    assertTrue(plain.contains("refused: add allowReissue: true to apexcentral.adSyncTool[\"dc01.corp.example\"] (tiac.yaml:40:5)"), plain);
    assertTrue(plain.contains("refused: add allowWeakening: true to cas.policy[\"Default Exchange Policy ATP\"] (tiac.yaml:14:5)"), plain);
    assertTrue(plain.contains("opted in: allowWeakening: true"), plain);
    assertTrue(plain.contains("2 changes are refused: apply makes none of them until the file opts in."), plain);
  }

  @Test
  void showsAttributeDiffsAndReach() {
    assertTrue(plain.contains("      ~ status: \"ON\" -> \"OFF\"\n      touches 412 mailboxes"), plain);
    assertTrue(plain.contains("      + administrator: \"admin@corp.example\""), plain);
    assertTrue(plain.contains("      - scanAction: \"log\""), plain);
  }

  @Test
  void numbersRunbookStepsOfManualChanges() {
    assertTrue(plain.contains("      runbook:\n        1. Open the Cloud App Security console.\n"
        + "        2. Go to Administration > Service Account, click Add and choose Exchange Online.\n"
        + "        3. Sign in as the Microsoft 365 global administrator and grant consent.\n"), plain);
  }

  @Test
  void showsCheckEvidenceAndTheFirstTwentyHosts() {
    assertTrue(plain.contains("? apexone.emailClient[\"all\"] is checked: fail"), plain);
    assertTrue(plain.contains("evidence: 37 of 412 endpoints do not use outlook.exe as their email client"), plain);
    assertTrue(plain.contains("  - WS-020.corp.example\n        … and 17 more"), plain);
    assertFalse(plain.contains("WS-021"), plain);
  }

  @Test
  void showsApiCostWarningsAndTheSummaryLast() {
    assertTrue(plain.contains("  Cloud App Security: 7 calls (5 to refresh, 2 to apply; limit 20/min per token)"), plain);
    assertTrue(plain.contains("Warning: the Cloud App Security token expires in 12 days"), plain);
    assertTrue(plain.endsWith(SamplePlans.mixed().summary() + "\n"), plain);
    assertEquals("Plan: 1 to add, 4 to change, 2 to destroy, 1 manual, 1 check failing.", SamplePlans.mixed().summary());
  }

  @Test
  void printsSensitiveAttributesWithoutValues() {
    Change secret = new Change(Address.of(ResourceKind.CLOUD_SERVICE_SETTINGS, "a@b.example"), ChangeKind.UPDATE,
        List.of(new AttributeChange("password", Optional.of(Value.text("old-Secret-1")), Optional.of(Value.text("new-Secret-2")), true)), Direction.NEUTRAL,
        Optional.empty(), true, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    String text = new PlanText(Style.PLAIN).render(SamplePlans.of(secret));
    assertTrue(text.contains("~ password: (sensitive value)"), text);
    assertFalse(text.contains("Secret-"), text);
  }

  @Test
  void coloursOnlyWhenAsked() {
    assertFalse(plain.contains("\u001b"), "plain text has escape codes");
    assertTrue(new PlanText(Style.COLOUR).render(SamplePlans.mixed()).contains("\u001b[1;31m[WEAKENS SECURITY]\u001b[0m"));
  }

  @Test
  void turnsColourOffForNoColorAndPipes() {
    assertTrue(Style.choose(false, true, Map.of()).colour());
    assertFalse(Style.choose(false, true, Map.of("NO_COLOR", "1")).colour());
    assertFalse(Style.choose(false, false, Map.of()).colour());
    assertTrue(Style.choose(false, true, Map.of("NO_COLOR", "")).colour());
  }

  @Test
  void aTokenRotationIsDrawnAsAReplacementAndStrengtheningIsLabelled() {
    String text = new PlanText(Style.PLAIN).render(SamplePlans.of(
        SamplePlans.change(ResourceKind.CAS_TOKEN, "correlation", ChangeKind.MANUAL, Direction.NEUTRAL,
            List.of(AttributeChange.plain("apiTypes", Optional.of(Value.set(List.of("logRetrieval"))), Optional.of(Value.set(List.of("threatInvestigation.emailMessage"))))),
            Optional.of("rotating the token invalidates the current one"), true, 30),
        SamplePlans.change(ResourceKind.CAS_TOKEN, "fresh", ChangeKind.MANUAL, Direction.NEUTRAL,
            List.of(AttributeChange.plain("target", Optional.empty(), Optional.of(Value.text("externalApplication")))), Optional.empty(), true, 40),
        SamplePlans.change(ResourceKind.SUSPICIOUS_OBJECT, "ip:203.0.113.9", ChangeKind.CREATE, Direction.STRENGTHENING,
            List.of(AttributeChange.plain("scanAction", Optional.empty(), Optional.of(Value.text("block")))), Optional.empty(), true, 50)));
    assertTrue(text.contains("  -/+ cas.token[\"correlation\"] must be replaced, by manual steps in the console\n"), text);
    assertTrue(text.contains("  ! cas.token[\"fresh\"] needs manual steps in the console\n"), "a first token is no replacement:\n" + text);
    assertTrue(text.contains("  + apexcentral.suspiciousObject[\"ip:203.0.113.9\"] will be created  [STRENGTHENS SECURITY]\n"), text);
  }

  @Test
  void colourRulesTakeFlagThenNoColorThenForceThenDumbTerminal() {
    assertFalse(Style.choose(true, true, Map.of("CLICOLOR_FORCE", "1")).colour(), "--no-color wins over everything");
    assertFalse(Style.choose(false, false, Map.of("NO_COLOR", "1", "CLICOLOR_FORCE", "1")).colour(), "NO_COLOR wins over force");
    assertTrue(Style.choose(false, false, Map.of("CLICOLOR_FORCE", "1")).colour(), "CI logs can ask for colour");
    assertTrue(Style.choose(false, true, Map.of("CLICOLOR_FORCE", "1", "TERM", "dumb")).colour());
    assertFalse(Style.choose(false, false, Map.of("CLICOLOR_FORCE", "0")).colour(), "CLICOLOR_FORCE=0 forces nothing");
    assertFalse(Style.choose(false, true, Map.of("TERM", "dumb")).colour(), "a dumb terminal gets no escapes");
  }

  @Test
  void escapesControlCharactersFromLiveValues() {
    Change hostile = new Change(Address.of(ResourceKind.SUSPICIOUS_OBJECT, "domain:x\u001b[2Jy"), ChangeKind.UPDATE,
        List.of(AttributeChange.plain("notes", Optional.of(Value.text("a\u001b[31m")), Optional.of(Value.text("b\nc")))), Direction.NEUTRAL,
        Optional.empty(), true, Optional.empty(), List.of(), Optional.empty(), Optional.of(new SourceLocation("t.yaml", 1, 1)));
    String text = new PlanText(Style.PLAIN).render(SamplePlans.of(hostile));
    assertFalse(text.contains("\u001b"), text);
    assertTrue(text.contains("domain:x\\u001b[2Jy"), text);
    assertTrue(text.contains("~ notes: \"a\\u001b[31m\" -> \"b\\u000ac\""), text);
  }

  @Test
  void rendersTheSamePlanToTheSameText() {
    assertEquals(plain, new PlanText(Style.PLAIN).render(SamplePlans.mixed()));
  }

  @Test
  void removalsSayWhatWasKeptOrRefusedAndADeleteNamesItsOptIn() {
    assertTrue(plain.contains("opted in: --allow-delete 'apexcentral.suspiciousObject[\"domain:old.example\"]'"), plain);
    assertTrue(plain.contains("Removed from the file, not deleted:\n\n"), plain);
    assertTrue(plain.contains("  = apexone.policy[\"Legacy servers\"] is kept\n      removed from the file, but no opt-in names it"), plain);
    assertTrue(plain.contains("  x apexcentral.cloudServiceSettings[\"old@corp.example\"] refused\n"), plain);
    assertTrue(plain.contains("1 removal is refused: apply makes no change until the opt-in that names it is taken off."), plain);
    assertTrue(!plain.contains("allowDelete: true"), "no opt-in the file does not contain: " + plain);
  }
}
