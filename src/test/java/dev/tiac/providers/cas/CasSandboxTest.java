package dev.tiac.providers.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.contract.Value;
import dev.tiac.providers.SandboxClients;
import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.world.AttackStory;
import dev.tiac.sandbox.world.Scale;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The real CAS client against the sandbox's eight sites, set up through its console API. */
class CasSandboxTest {
  static final Scale SCALE = new Scale(60, 40, 14, 900, 500);
  static final Duration MINUTE = Duration.ofMinutes(1);
  @TempDir static Path dir;
  static Sandbox sandbox;
  static SandboxClients clients;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withScale(SCALE).withCasRate(10_000, MINUTE));
    clients = new SandboxClients(sandbox.endpoints());
    assertEquals(201, clients.console("POST", "/v1/cas/service-accounts", "{\"type\":\"Exchange Online\"}").status());
    assertEquals(200, clients.console("PUT", "/v1/cas/policies/Default%20Exchange%20Policy%20ATP", "{\"status\":\"ON\"}").status());
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void sweepsEveryMailOfTheLastSevenDaysFollowingNextLinkToTheEnd() {
    long weekAgo = sandbox.world().anchor().getEpochSecond() - 7 * 86_400;
    long expected = sandbox.world().mails().stream().filter(m -> m.delivered() >= weekAgo).count();
    assertTrue(expected > 300, "a week of mail spans several pages, got " + expected);
    long before = sandbox.counters().snapshot().getOrDefault("cas GET /v1/sweeping/mails", 0L);

    List<CasPage<Mail>> pages = clients.cas(1000, MINUTE).sweepMails(new SweepQuery(Map.of("limit", "100"))).toList();

    Set<String> ids = new HashSet<>();
    pages.forEach(p -> p.items().forEach(m -> ids.add(m.uniqueId())));
    assertEquals(expected, ids.size());
    assertEquals(expected, pages.stream().mapToInt(p -> p.items().size()).sum(), "no mail twice");
    assertEquals((expected + 99) / 100, pages.size());
    assertEquals(pages.size(), sandbox.counters().snapshot().get("cas GET /v1/sweeping/mails") - before);
  }

  @Test
  void aTokenWithEveryApiTypeAnswersEachProbeTheSandboxServes() {
    long before = sandbox.counters().snapshot().values().stream().mapToLong(Long::longValue).sum();
    dev.tiac.contract.Evidence token = new TokenEvidence(clients.cas(1000, MINUTE)).of("the sandbox's token",
        Optional.of(dev.tiac.http.Secret.of(clients.homeToken())),
        Value.set(List.of("logRetrieval", "remediation.blockedLists", "threatInvestigation.emailMessage", "threatMitigation.emailMessage", "threatMitigation.userAccount")));
    assertEquals(dev.tiac.contract.Evidence.Presence.SHOWN, token.presence(), token.seen().toString());
    assertEquals(java.util.Map.of("apiTypes", Value.set(List.of("logRetrieval", "remediation.blockedLists", "threatInvestigation.emailMessage", "threatMitigation.emailMessage", "threatMitigation.userAccount"))),
        token.vouched(), "every declared type answered, so the API vouches for all of them");
    assertEquals(5, sandbox.counters().snapshot().values().stream().mapToLong(Long::longValue).sum() - before, "one read per type");
  }

  @Test
  void theSandboxSweepShowsTheServiceAccountItsConsoleHolds() {
    dev.tiac.contract.Evidence account = new CasEvidence(clients.cas(1000, MINUTE), java.time.Clock.systemUTC()).serviceAccount();
    assertEquals(Map.of("type", Value.text("exchangeOnline")), account.vouched(), account.seen().toString());
  }

  @Test
  void sweepFindsThePlantedPhishingMailByAttachmentHash() {
    AttackStory story = sandbox.world().stories().get(0);
    List<Mail> found = clients.cas(1000, MINUTE).sweepMails(new SweepQuery(Map.of("file_sha1", story.fileSha1(), "lastndays", "30")))
        .flatMap(p -> p.items().stream()).toList();
    assertTrue(found.stream().anyMatch(m -> m.messageId().equals(story.mailMessageId())), found.toString());
  }

  @Test
  void aTokenUsedInTheWrongRegionIsNamedWithTheRightOne() {
    CasClient wrong = clients.cas(CasRegion.EU, clients.homeToken(), 1000, MINUTE);
    CasException refused = assertThrows(CasException.class,
        () -> wrong.sweepMails(new SweepQuery(Map.of("limit", "1"))).findFirst());
    assertEquals(401, refused.status().orElseThrow());
    TokenStatus status = wrong.probeToken();
    assertEquals(TokenStatus.Kind.WRONG_REGION, status.kind());
    assertEquals(Optional.of(CasRegion.US), status.rightRegion());
    assertTrue(status.explanation().contains("set the CAS region to US"), status.explanation());
    assertEquals(TokenStatus.Kind.VALID, clients.cas(1000, MINUTE).probeToken().kind());
  }

  @Test
  void aTokenWithoutTheEmailMessageApiTypeIsReportedAsSuch() {
    SandboxClients.Answer created = clients.console("POST", "/v1/cas/tokens",
        "{\"name\":\"siem only\",\"api_types\":[\"LOG_RETRIEVAL\"]}");
    assertEquals(201, created.status(), created.body());
    String token = JsonMapper.builder().build().readTree(created.body()).path("token").asString();
    TokenStatus status = clients.cas(clients.homeRegion(), token, 1000, MINUTE).probeToken();
    assertEquals(TokenStatus.Kind.MISSING_API_TYPE, status.kind());
    assertFalse(clients.log().contains(token), "the new token never reaches the debug log");
  }

  @Test
  void addsAndRemovesBlockedListEntries() {
    CasClient cas = clients.cas(1000, MINUTE);
    BlockedLists entries = new BlockedLists(List.of("ceo@examp1e.test"), List.of("https://evil.example/login"),
        List.of("3395856ce81f2b7382dee72602f798b642f14140"), List.of());
    cas.addToBlockedLists(entries);
    BlockedLists now = cas.blockedLists();
    assertTrue(now.senders().contains("ceo@examp1e.test") && now.urls().contains("https://evil.example/login")
        && now.fileSha1().contains("3395856ce81f2b7382dee72602f798b642f14140"), now.toString());
    cas.removeFromBlockedLists(entries);
    BlockedLists after = cas.blockedLists();
    assertFalse(after.senders().contains("ceo@examp1e.test") || after.urls().contains("https://evil.example/login"), after.toString());
  }

  @Test
  void readsAtpDetectionsThroughLogRetrieval() {
    java.time.Instant now = java.time.Instant.now();
    AttackStory story = sandbox.world().stories().get(0);
    List<SecurityEvent> events = clients.cas(1000, MINUTE).securityEvents("exchange", "securityrisk",
        Optional.of(now.minus(Duration.ofHours(71))), Optional.of(now)).flatMap(p -> p.items().stream()).toList();
    assertTrue(events.stream().filter(e -> e.message().get("mail_message_subject").equals(story.subject())).count() >= 2,
        "the phishing mail and its unopened twin were both caught by ATP: " + events.size());
    assertTrue(events.stream().allMatch(e -> e.message().get("triggered_policy_name").equals("Default Exchange Policy ATP")), events.get(0).toString());
  }

  @Test
  void quarantinesThePhishingMailAndReadsTheBatchResult() {
    AttackStory story = sandbox.world().stories().get(0);
    CasClient cas = clients.cas(1000, MINUTE);
    Mail mail = cas.sweepMails(new SweepQuery(Map.of("message_id", story.mailMessageId(), "lastndays", "30")))
        .flatMap(p -> p.items().stream()).findFirst().orElseThrow();
    String batch = cas.mitigateMails(List.of(Map.of("action_type", "MAIL_QUARANTINE", "service", "exchange",
        "account_provider", "office365", "mailbox", mail.mailbox(), "mail_message_id", mail.messageId())));
    assertFalse(batch.isEmpty());
    List<MitigationResult> results = cas.mitigationResults("mails", batch).flatMap(p -> p.items().stream()).toList();
    assertEquals(1, results.size());
    assertEquals("MAIL_QUARANTINE", results.get(0).actionType());
    assertEquals(batch, results.get(0).batchId());
  }
}
