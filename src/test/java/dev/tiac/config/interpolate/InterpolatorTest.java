package dev.tiac.config.interpolate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterpolatorTest {
  private static final String CANARY = "canary-7f3a9c1e55d2";

  @TempDir Path dir;

  private Interpolator interpolator() {
    return new Interpolator(
        Map.of("CAS_TOKEN", CANARY, "REGION", "eu"),
        dir,
        ref -> ref.address().equals("cas.token[\"t\"]") && ref.attribute().equals("value") ? Optional.of("from-ref") : Optional.empty());
  }

  @Test
  void resolvesEnvironmentFileAndReference() throws IOException {
    Files.writeString(dir.resolve("secret.txt"), "from-file\n");
    assertEquals(CANARY, interpolator().resolve("${env:CAS_TOKEN}"));
    assertEquals("from-file", interpolator().resolve("${file:secret.txt}"));
    assertEquals("from-ref", interpolator().resolve("${ref:cas.token[\"t\"].value}"));
    assertEquals("https://api-eu.example/v1", interpolator().resolve("https://api-${env:REGION}.example/v1"));
  }

  @Test
  void doubledDollarKeepsALiteralExpression() {
    assertEquals("costs ${env:CAS_TOKEN}", interpolator().resolve("costs $${env:CAS_TOKEN}"));
  }

  @Test
  void missingVariableNamesTheVariableOnly() {
    var e = assertThrows(Interpolator.UnresolvedException.class, () -> interpolator().resolve("${env:MISSING}"));
    assertTrue(e.getMessage().contains("MISSING"));
  }

  @Test
  void unreadableFileNeverEchoesAnotherValue() {
    var e = assertThrows(Interpolator.UnresolvedException.class, () -> interpolator().resolve("${env:CAS_TOKEN}${file:nope.txt}"));
    assertFalse(e.getMessage().contains(CANARY));
  }

  @Test
  void unknownReferenceIsReportedNotGuessed() {
    assertThrows(Interpolator.UnresolvedException.class, () -> interpolator().resolve("${ref:cas.token[\"other\"].value}"));
  }
}
