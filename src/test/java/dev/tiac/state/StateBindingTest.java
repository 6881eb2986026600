package dev.tiac.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.state.StateBinding.TenantField;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A state remembers the setup and tenant it was written against and refuses to describe another. */
class StateBindingTest {
  private static final StateBinding ACME = binding("acme", "acme.manage.trendmicro.com", "6F1D0A42-0C11-4B0B-9E0A-4C1D2B3A4F50", "eu");

  @TempDir Path dir;
  private final SecretFingerprinter fingerprinter = new SecretFingerprinter(StateKey.random());

  private static StateBinding binding(String setup, String host, String applicationId, String site) {
    return new StateBinding(Optional.of(setup), Map.of(TenantField.APEX_CENTRAL_HOST, host,
        TenantField.APEX_CENTRAL_APPLICATION_ID, applicationId, TenantField.CAS_SITE, site));
  }

  /** A state an earlier run wrote with this key, at serial 1. */
  private State written() {
    return Fixtures.stateWith(Fixtures.suspiciousDomain()).withKeyId(fingerprinter.keyId());
  }

  private StateSession open(LocalStateBackend backend) {
    return StateSession.open(backend, StateBackendContract.APPLY, Duration.ZERO, fingerprinter, new ErroredState(dir), Clock.systemUTC());
  }

  @Test
  void theFileKeepsTheBindingAndAStateWithoutOneReadsAsBoundToNothing() {
    State bound = Fixtures.stateWith(Fixtures.suspiciousDomain()).withBinding(ACME);
    String json = new String(StateCodec.encode(bound), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"apexCentralApplicationId\" : \"6f1d0a42-0c11-4b0b-9e0a-4c1d2b3a4f50\""), json);
    assertTrue(json.contains("\"setup\" : \"acme\""), json);
    assertFalse(json.contains("apiKey") || json.contains("token"), "identifiers only: " + json);
    assertEquals(bound, StateCodec.decode(json.getBytes(StandardCharsets.UTF_8), "test"));
    State old = Fixtures.stateWith(Fixtures.suspiciousDomain());
    assertFalse(new String(StateCodec.encode(old), StandardCharsets.UTF_8).contains("binding"));
    assertEquals(StateBinding.NONE, StateCodec.decode(StateCodec.encode(old), "test").binding());
  }

  @Test
  void namesEveryIdentifierThatDiffersAndNoneThatOnlyOneSideKnows() {
    StateBinding other = binding("Acme", "ACME.manage.trendmicro.com", "0B7E2C11-5D3A-4E6F-8A9B-1C2D3E4F5A6B", "us");
    List<StateBinding.Mismatch> found = ACME.mismatches(other);
    assertEquals(2, found.size(), found.toString());
    assertEquals("the Apex Central application ID is 6f1d0a42-0c11-4b0b-9e0a-4c1d2b3a4f50 in the state but "
        + "0b7e2c11-5d3a-4e6f-8a9b-1c2d3e4f5a6b in this run", found.get(0).toString());
    assertEquals("the Cloud App Security site is eu in the state but us in this run", found.get(1).toString());
    StateBinding casOnly = new StateBinding(Optional.of("acme"), Map.of(TenantField.CAS_SITE, "eu"));
    assertEquals(List.of(), ACME.mismatches(casOnly), "a file that drops a connection is still the same tenant");
    assertEquals(List.of(), casOnly.mismatches(ACME));
    assertEquals(ACME, casOnly.completedBy(ACME));
    assertEquals(1, ACME.mismatches(binding("globex", "acme.manage.trendmicro.com", "6F1D0A42-0C11-4B0B-9E0A-4C1D2B3A4F50", "eu")).size());
  }

  @Test
  void aNewStateTakesItsBindingWithItsFirstSaveAndARunThatChangesNothingLeavesNoFile() {
    LocalStateBackend backend = new LocalStateBackend(dir);
    try (StateSession session = open(backend)) {
      assertFalse(session.bind(ACME), "a new state is bound silently");
    }
    assertFalse(Files.exists(backend.stateFile()), "nothing was applied, nothing written");
    try (StateSession session = open(backend)) {
      session.bind(ACME);
      session.record(Fixtures.suspiciousDomain());
    }
    State saved = backend.read().orElseThrow();
    assertEquals(1, saved.serial());
    assertEquals(ACME, saved.binding());
  }

  @Test
  void anOldStateIsBoundOnceOnItsNextRunWithoutMovingTheSerialThePlanSaw() {
    LocalStateBackend backend = new LocalStateBackend(dir);
    backend.write(written());
    try (StateSession session = open(backend)) {
      assertTrue(session.bind(ACME), "an old state being bound is said");
      assertEquals(1, session.state().serial(), "a plan made before this run still matches its serial");
    }
    State bound = backend.read().orElseThrow();
    assertEquals(2, bound.serial());
    assertEquals(ACME, bound.binding());
    try (StateSession session = open(backend)) {
      assertFalse(session.bind(ACME), "said once");
    }
    assertEquals(2, backend.read().orElseThrow().serial(), "a bound state is not written again");
  }

  @Test
  void refusesAnotherTenantOrSetupSayingWhichAndHowToGoOn() {
    LocalStateBackend backend = new LocalStateBackend(dir);
    backend.write(written().withBinding(ACME));
    StateBinding globex = binding("acme", "globex.manage.trendmicro.com", "0B7E2C11-5D3A-4E6F-8A9B-1C2D3E4F5A6B", "eu");
    try (StateSession session = open(backend)) {
      StateBindingMismatchException refused = assertThrows(StateBindingMismatchException.class, () -> session.bind(globex));
      assertEquals(2, refused.mismatches().size());
      String message = refused.getMessage();
      assertTrue(message.startsWith("the state at " + backend.location() + " belongs to another tenant: the Apex Central host is "
          + "acme.manage.trendmicro.com in the state but globex.manage.trendmicro.com in this run"), message);
      assertTrue(message.contains("--state-dir") && message.contains("--backend-url") && message.contains("tiac state rebind"), message);
    }
    StateBinding renamed = binding("acme-prod", "acme.manage.trendmicro.com", "6F1D0A42-0C11-4B0B-9E0A-4C1D2B3A4F50", "eu");
    try (StateSession session = open(backend)) {
      String message = assertThrows(StateBindingMismatchException.class, () -> session.bind(renamed)).getMessage();
      assertTrue(message.contains("belongs to another setup: the setup (metadata.name) is \"acme\" in the state but \"acme-prod\" in this run"), message);
    }
    assertEquals(1, backend.read().orElseThrow().serial(), "a refused run writes nothing");
  }

  @Test
  void rebindTakesTheRunsIdentifiersAndKeepsWhatTheRunDoesNotKnow() {
    LocalStateBackend backend = new LocalStateBackend(dir);
    backend.write(written().withBinding(ACME));
    StateBinding moved = new StateBinding(Optional.of("acme"), Map.of(TenantField.APEX_CENTRAL_HOST, "acme-new.manage.trendmicro.com"));
    try (StateSession session = open(backend)) {
      assertEquals(ACME, session.rebind(moved));
    }
    State after = backend.read().orElseThrow();
    assertEquals(2, after.serial());
    assertEquals("acme-new.manage.trendmicro.com", after.binding().tenant().get(TenantField.APEX_CENTRAL_HOST));
    assertEquals("eu", after.binding().tenant().get(TenantField.CAS_SITE));
    assertEquals(List.of(), after.binding().mismatches(moved.completedBy(ACME)));
  }
}
