package dev.tiac.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.contract.Address;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpiringCredentialsTest {
  private static final Instant NOW = Instant.parse("2027-06-01T00:00:00Z");
  private static final Address TOKEN = Address.of(ResourceKind.CAS_TOKEN, "apex-central-correlation");

  private static List<String> warnings(Map<String, String> live, Optional<Instant> created) {
    return ExpiringCredentials.warnings(List.of(TOKEN), Map.of(TOKEN, LiveResource.of(TOKEN, live.isEmpty() ? Map.<String, Value>of() : Map.of("expiresAt", Value.text(live.get("expiresAt"))))), a -> created, NOW);
  }

  @Test
  void aTokenTheConsoleShowsExpiringInTwelveDaysIsWarned() {
    List<String> w = warnings(Map.of("expiresAt", NOW.plus(Duration.ofDays(12)).toString()), Optional.empty());
    assertEquals(1, w.size());
    assertTrue(w.get(0).startsWith("cas.token[\"apex-central-correlation\"] expires on 2027-06-13 (in 12 days)."), w.get(0));
  }

  @Test
  void aTokenExpiringInThirtyOneDaysIsNotWarnedYet() {
    assertEquals(List.of(), warnings(Map.of("expiresAt", NOW.plus(Duration.ofDays(31)).toString()), Optional.empty()));
  }

  @Test
  void underTheRunbookDriverTheEndIsTheStatesCreationTimePlus365Days() {
    List<String> w = warnings(Map.of(), Optional.of(NOW.minus(Duration.ofDays(340))));
    assertTrue(w.get(0).contains("(in 25 days)"), w.get(0));
    assertEquals(List.of(), warnings(Map.of(), Optional.of(NOW.minus(Duration.ofDays(300)))));
  }

  @Test
  void anExpiredTokenSaysItHasExpired() {
    List<String> w = warnings(Map.of("expiresAt", "2027-05-01"), Optional.empty());
    assertTrue(w.get(0).contains("expired on 2027-05-01"), w.get(0));
  }

  @Test
  void aTokenWithNoKnownEndGetsNoWarning() {
    assertEquals(List.of(), warnings(Map.of(), Optional.empty()));
  }
}
