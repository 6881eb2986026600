package dev.tiac.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ShownTimeTest {
  @Test
  void peopleReadSecondsInUtc() {
    assertEquals("2026-11-30 04:22:44Z", ShownTime.of(Instant.parse("2026-11-30T04:22:44.160104639Z")));
    assertEquals("2026-11-30 04:22:44Z", ShownTime.of(Instant.parse("2026-11-30T04:22:44Z")));
  }

  @Test
  void machineOutputsGetTheDocumentedIsoShape() {
    assertEquals("2026-11-30T04:22:44.160Z", ShownTime.iso(Instant.parse("2026-11-30T04:22:44.160104639Z")));
  }
}
