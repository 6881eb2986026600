package dev.tiac.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.config.model.Investigation.AlertWhen;
import dev.tiac.providers.apexcentral.ApexCentralSettings;
import dev.tiac.query.source.QuerySources;
import dev.tiac.query.source.Service;
import dev.tiac.sandbox.world.AttackStory;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine through the real clients against the sandbox's planted stories. */
class SandboxStoriesTest {
  @TempDir static Path dir;
  static SandboxWorld world;
  static QuerySources sources;

  @BeforeAll
  static void start() throws Exception {
    world = SandboxWorld.start(dir.resolve("applied")).applied();
    sources = world.sources();
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  static List<AttackStory> stories() {
    List<AttackStory> stories = world.sandbox.world().stories();
    assertFalse(stories.isEmpty(), "the sandbox planted no story");
    return stories;
  }

  static QueryResult run(Query q) {
    return new QueryEngine(sources, Setup.unknown()).run(q);
  }

  static String key(Chain c) {
    return c.mail().map(m -> m.messageId()).orElse("-") + " > " + c.user().map(u -> u.samAccountName()).orElse("-")
        + " > " + c.endpoint().map(e -> e.hostName().toUpperCase(Locale.ROOT)).orElse("-");
  }

  static String key(AttackStory s) {
    return s.mailMessageId() + " > " + s.recipientSam() + " > " + s.hostName().toUpperCase(Locale.ROOT);
  }

  @Test
  void everyPlantedChainIsFoundFromItsMailAndNothingElse() {
    for (AttackStory s : stories()) {
      QueryResult r = run(SandboxWorld.query(SandboxWorld.email(Optional.empty(), Optional.of("\"" + s.subject() + "\""),
          Optional.of(s.fileName())), AlertWhen.chainComplete));
      assertEquals(QueryResult.Status.MATCHED, r.status(), r.notes() + " " + r.missing());
      assertEquals(List.of(key(s)), r.findings().stream().map(f -> key(f.chain())).toList());
      String why = r.findings().get(0).why();
      assertTrue(why.contains(s.mailMessageId()) && why.contains(s.recipientSam()) && why.contains("after the delivery"), why);
    }
  }

  @Test
  void decoysAreNeverReportedAsCompleteChains() {
    for (AttackStory s : stories()) {
      QueryResult r = run(SandboxWorld.query(SandboxWorld.email(Optional.of(s.senderDomain()), Optional.empty(), Optional.empty()),
          AlertWhen.anyMail));
      List<Chain> complete = r.chains().stream().filter(Chain::complete).toList();
      assertEquals(List.of(key(s)), complete.stream().map(SandboxStoriesTest::key).toList());
      // the same lure reached the decoy recipient, who never opened it: mail and user, no activity
      Chain unopened = r.chains().stream().filter(c -> c.user().map(u -> u.userPrincipalName().equalsIgnoreCase(s.decoyRecipientUpn())).orElse(false))
          .findFirst().orElseThrow(() -> new AssertionError("the decoy recipient's mail was not swept: " + r.chains()));
      assertFalse(unopened.complete());
      // the look-alike sender's mail is another domain; the file seen on the decoy host came before the delivery
      assertTrue(r.chains().stream().noneMatch(c -> c.mail().map(m -> m.sender().endsWith(s.lookAlikeDomain())).orElse(false)));
      assertTrue(r.findings().stream().noneMatch(f -> f.chain().endpoint().map(e -> e.hostName().equalsIgnoreCase(s.decoyHostName())).orElse(false)));
    }
  }

  @Test
  void theFileSeenBeforeTheDeliveryIsRejectedNotJoined() {
    AttackStory s = stories().get(0);
    QueryResult r = run(SandboxWorld.query(SandboxWorld.indicator(Optional.of(s.fileSha1()), Optional.empty()), AlertWhen.anyActivity));
    assertTrue(r.findings().stream().filter(f -> f.chain().endpoint().map(e -> e.hostName().equalsIgnoreCase(s.decoyHostName())).orElse(false))
        .noneMatch(f -> f.chain().complete()), "the decoy host completed a chain: " + r.findings());
    assertTrue(r.findings().stream().anyMatch(f -> f.chain().complete() && key(f.chain()).equals(key(s))), r.findings().toString());
  }

  @Test
  void theSameChainIsFoundFromEachEnd() {
    AttackStory s = stories().get(0);
    List<Query> ends = List.of(
        SandboxWorld.query(SandboxWorld.email(Optional.empty(), Optional.of("\"" + s.subject() + "\""), Optional.empty()), AlertWhen.chainComplete),
        SandboxWorld.query(SandboxWorld.user(s.recipientSam()), AlertWhen.chainComplete),
        SandboxWorld.query(SandboxWorld.endpoint(s.hostName()), AlertWhen.chainComplete),
        SandboxWorld.query(SandboxWorld.indicator(Optional.of(s.fileSha1()), Optional.empty()), AlertWhen.chainComplete),
        SandboxWorld.query(SandboxWorld.indicator(Optional.empty(), Optional.of(s.urlDomain())), AlertWhen.chainComplete));
    for (Query q : ends) {
      QueryResult r = run(q);
      assertEquals(QueryResult.Status.MATCHED, r.status(), q.start() + ": " + r.notes() + " " + r.missing());
      assertEquals(List.of(key(s)), r.findings().stream().map(f -> key(f.chain())).distinct().toList(), q.start().toString());
    }
  }

  @Test
  void anEmptyResultIsACleanSuccess() {
    QueryResult r = run(SandboxWorld.query(SandboxWorld.email(Optional.empty(), Optional.of("\"quarterly yacht regatta\""), Optional.empty()),
        AlertWhen.chainComplete));
    assertEquals(QueryResult.Status.CLEAN, r.status(), r.notes() + " " + r.missing());
    assertTrue(r.findings().isEmpty() && r.missing().isEmpty());
  }

  @Test
  void noExchangePolicyOnIsNamedInsteadOfAnEmptyAnswer() throws Exception {
    try (SandboxWorld bare = SandboxWorld.start(dir.resolve("bare"))) {
      bare.sandbox.console().cas().addServiceAccount(dev.tiac.sandbox.console.CasConsole.EXCHANGE_ONLINE);
      AttackStory s = bare.sandbox.world().stories().get(0);
      QueryResult r = new QueryEngine(bare.sources(), Setup.unknown()).run(SandboxWorld.query(
          SandboxWorld.email(Optional.empty(), Optional.of("\"" + s.subject() + "\""), Optional.empty()), AlertWhen.chainComplete));
      assertEquals(QueryResult.Status.PREREQUISITE_MISSING, r.status());
      Prerequisite missing = r.missing().get(0);
      assertEquals(Service.CLOUD_APP_SECURITY, missing.service());
      assertTrue(missing.problem().contains("Default Exchange Policy (ATP or DLP) is ON"), missing.problem());
    }
  }

  @Test
  void anEndpointSensorThatRefusesIsNamedInsteadOfAnEmptyAnswer() throws Exception {
    // Apex Central without the Endpoint Sensor licence: the ApiEntry answers, Endpoint Sensor refuses inside it.
    try (MockWebServer apex = new MockWebServer(); SandboxWorld other = SandboxWorld.start(dir.resolve("refusing")).applied()) {
      apex.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
          .body("{\"Data\":{\"Code\":-1,\"CodeType\":1,\"Message\":\"Endpoint Sensor is not licensed\",\"Data\":null,\"TimeZone\":0},"
              + "\"Meta\":{\"result\":1,\"errorCode\":0,\"errorMessgae\":\"Success\"}}").build());
      apex.start();
      AttackStory s = other.sandbox.world().stories().get(0);
      QuerySources refusing = other.sources(new ApexCentralSettings(URI.create(apex.url("/").toString().replaceAll("/$", "")),
          "app", dev.tiac.http.Secret.of("key-for-tests")));
      QueryResult r = new QueryEngine(refusing, Setup.unknown()).run(SandboxWorld.query(
          SandboxWorld.email(Optional.empty(), Optional.of("\"" + s.subject() + "\""), Optional.empty()), AlertWhen.chainComplete));
      assertEquals(QueryResult.Status.PREREQUISITE_MISSING, r.status(), r.notes().toString());
      Prerequisite missing = r.missing().get(0);
      assertEquals(Service.APEX_CENTRAL, missing.service());
      assertTrue(missing.problem().contains("Endpoint Sensor refused") && missing.problem().contains("not licensed"), missing.problem());
    }
  }
}
