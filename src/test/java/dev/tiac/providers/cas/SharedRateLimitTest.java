package dev.tiac.providers.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.http.Wait;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Another integration already spends 15 of the token's 20 calls a minute, and CAS answers the
 * 21st with a bare 429, as documented. The client must wait out the window, learn its share and
 * keep to it, on a fake clock so the 200 minutes this takes pass in a moment.
 */
class SharedRateLimitTest {
  static final int CALLS = 1_000;

  @StartStop final MockWebServer server = fastServer();

  static MockWebServer fastServer() {
    return SharedBudget.server();
  }

  @Test
  void thousandCallsBesideANeighbourSpendingFifteenOfTwentyFailNoneAndNeverHitAFullWindowAgain() {
    SharedBudget.Figures f = SharedBudget.measure(server, 15, CALLS);

    assertEquals(0, f.failures());
    assertEquals(CALLS, f.served());
    assertEquals(1, f.refused(), "one 429 teaches the client its share");
    assertEquals(0, f.intoFullWindow(), "no call sent into a full window after the first 429");
    // Our share is 5 a minute: 1,000 calls take 200 minutes, give or take the window's jitter.
    assertTrue(f.waited().compareTo(Duration.ofMinutes(198)) >= 0 && f.waited().compareTo(Duration.ofMinutes(205)) <= 0,
        "waited " + f.waited());
    Wait first = f.notices().get(0);
    assertEquals(Wait.Reason.SHARED_RATE_LIMIT, first.reason());
    assertTrue(first.length().compareTo(Duration.ofSeconds(59)) >= 0 && first.length().compareTo(Duration.ofSeconds(62)) <= 0,
        first.describe());
    assertTrue(first.describe().startsWith("Cloud App Security: waiting ")
        && first.describe().endsWith(" s for the rate limit (another client is using this token's budget)"), first.describe());
    assertTrue(f.notices().stream().allMatch(Wait::noticeable), "only waits over a second are told");
  }

  @Test
  void aloneTheClientKeepsToTwentyAMinuteAndIsRefusedAtMostOnce() {
    SharedBudget.Figures f = SharedBudget.measure(server, 1, CALLS);

    assertEquals(0, f.failures());
    assertTrue(f.refused() <= 1, "refused " + f.refused());
    assertEquals(0, f.intoFullWindow());
  }
}
