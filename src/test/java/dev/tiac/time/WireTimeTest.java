package dev.tiac.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WireTimeTest {
  @Test
  void nanosecondsAreCutToTheDocumentedMilliseconds() {
    assertEquals("2026-11-30T04:22:44.160Z", WireTime.iso(Instant.parse("2026-11-30T04:22:44.160104639Z")));
    assertEquals("2026-11-30T04:22:44.999Z", WireTime.iso(Instant.parse("2026-11-30T04:22:44.999999999Z")));
  }

  @Test
  void wholeSecondsCarryNoFraction() {
    assertEquals("2026-11-30T04:22:44Z", WireTime.iso(Instant.parse("2026-11-30T04:22:44.000400Z")));
    assertEquals("2026-01-02T03:04:05.007Z", WireTime.iso(Instant.parse("2026-01-02T03:04:05.007Z")));
  }

  @Test
  void everyFormattedInstantMatchesTheDocumentedPattern() {
    Instant t = Instant.parse("2026-11-30T04:22:44.160104639Z");
    for (int i = 0; i < 2000; i++) {
      String text = WireTime.iso(t.plusNanos(i * 977_123L));
      assertTrue(WireTime.documented(text), text);
    }
  }

  @Test
  void theDocumentedPatternRefusesWhatInstantToStringWrites() {
    assertFalse(WireTime.documented("2026-11-30T04:22:44.160104639Z"));
    assertFalse(WireTime.documented("2026-11-30T04:22:44.160104Z"));
    assertFalse(WireTime.documented("2026-11-30T04:22:44+00:00"));
    assertTrue(WireTime.documented("2026-11-30T04:22:44.160Z"));
  }
}
