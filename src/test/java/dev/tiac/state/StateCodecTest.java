package dev.tiac.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StateCodecTest {
  @Test
  void writesTheSameBytesWhateverTheOrderResourcesWereAdded() {
    State one = Fixtures.stateWith(Fixtures.suspiciousDomain(), Fixtures.policy("ON"));
    State two = new State(one.lineage(), 1, one.tiacVersion(), one.keyId(), new java.util.TreeMap<>())
        .with(Fixtures.policy("ON")).with(Fixtures.suspiciousDomain());
    assertArrayEquals(StateCodec.encode(one), StateCodec.encode(two));

    String json = new String(StateCodec.encode(one), StandardCharsets.UTF_8);
    assertTrue(json.indexOf("apexcentral.suspiciousObject") < json.indexOf("cas.policy"), json);
    assertTrue(json.endsWith("}\n"));
  }

  @Test
  void roundTripsEveryField() {
    ResourceState full = Fixtures.policy("ON")
        .withSecret("token", new Fingerprint("hmac-sha256:" + "b".repeat(43)))
        .withAttestation(new Attestation("alice@soc", Fixtures.T0, "ATP switched on in the CAS console"))
        .withAttributes(Attributes.of(Map.of("nested", Map.of("list", java.util.List.of(1, 2.5, true)))));
    State state = Fixtures.stateWith(full, Fixtures.suspiciousDomain());
    State back = StateCodec.decode(StateCodec.encode(state), "test");
    assertEquals(state, back);
    assertEquals(Optional.of("k1:0011223344556677"), back.keyId());
  }

  @Test
  void keepsCreationsUnderWayUntilTheResourceIsRecorded() {
    State none = Fixtures.stateWith(Fixtures.suspiciousDomain());
    assertTrue(!new String(StateCodec.encode(none), StandardCharsets.UTF_8).contains("creating"), "a file without creations says nothing of them");
    State creating = none.creating(java.util.List.of("cas.policy[\"Default Exchange Policy ATP\"]", "cas.token[\"t\"]"));
    State back = StateCodec.decode(StateCodec.encode(creating), "test");
    assertEquals(creating, back);
    assertEquals(java.util.Set.of("cas.token[\"t\"]"), back.with(Fixtures.policy("ON")).creating());
    assertEquals(java.util.Set.of(), back.with(Fixtures.policy("ON")).without("cas.token[\"t\"]").creating());
  }

  @Test
  void theFileIsThePrettyPrintOfItsOwnTreeWithPropertiesSorted() {
    ResourceState odd = ResourceState.of("cas.policy[\"Quotes \\\" and\nbreaks ✓\"]", "cas.policy", Optional.empty(), false,
            Attributes.of(Map.of("note", "two\nlines\r\n  indented", "empty", Map.of(), "list", java.util.List.of(), "n", 2.50)), Fixtures.T0)
        .withSecret("token", new Fingerprint("hmac-sha256:" + "c".repeat(43)))
        .withAttestation(new Attestation("bob", Fixtures.T0, "first line\nsecond line"));
    for (State state : java.util.List.of(Fixtures.stateWith(), Fixtures.stateWith(odd, Fixtures.policy("ON"), Fixtures.suspiciousDomain()),
        new State(java.util.UUID.randomUUID(), 7, "0.1.0", Optional.empty(), new java.util.TreeMap<>()).with(odd),
        Fixtures.stateWith(Fixtures.policy("ON")).creating(java.util.List.of("cas.token[\"b\"]", "cas.token[\"a\"]")))) {
      String json = new String(StateCodec.encode(state), StandardCharsets.UTF_8);
      String tree = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.MAPPER.readTree(json)) + "\n";
      assertEquals(tree, json);
      assertEquals(state, StateCodec.decode(json.getBytes(StandardCharsets.UTF_8), "test"));
    }
  }

  @Test
  void refusesStateFromANewerFormatAskingForAnUpgrade() {
    byte[] future = ("{\"version\": 2, \"lineage\": \"5e0c4c4a-3a53-4c2e-9a43-2b1b2b1f4e10\","
        + " \"serial\": 3, \"tiacVersion\": \"9.0.0\", \"resources\": {}}").getBytes(StandardCharsets.UTF_8);
    StateFormatException refused = assertThrows(StateFormatException.class, () -> StateCodec.decode(future, "s.json"));
    assertEquals("state from s.json cannot be read: it was written in format 2 by a newer tiac (9.0.0);"
        + " this tiac reads format 1. Upgrade tiac. Restore it from version control or backups before"
        + " running tiac again.", refused.getMessage());
  }

  @Test
  void refusesAFingerprintThatIsNotOne() {
    byte[] tampered = ("{\"version\": 1, \"lineage\": \"5e0c4c4a-3a53-4c2e-9a43-2b1b2b1f4e10\", \"serial\": 3,"
        + " \"tiacVersion\": \"0.1.0\", \"resources\": {\"a\": {\"kind\": \"k\", \"secrets\": {\"pw\": \"hunter2\"},"
        + " \"createdAt\": \"2026-03-01T10:00:00Z\", \"updatedAt\": \"2026-03-01T10:00:00Z\"}}}")
        .getBytes(StandardCharsets.UTF_8);
    StateFormatException refused = assertThrows(StateFormatException.class, () -> StateCodec.decode(tampered, "s.json"));
    assertTrue(refused.getMessage().contains("not a tiac secret fingerprint"), refused.getMessage());
    assertTrue(!refused.getMessage().contains("hunter2"), refused.getMessage());
  }
}
