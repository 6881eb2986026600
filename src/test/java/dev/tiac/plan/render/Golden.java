package dev.tiac.plan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden files under src/test/resources; regenerate with {@code -Dgolden.update=true} and review the diff. */
final class Golden {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private Golden() {}

  static void assertMatches(Path golden, String actual) {
    try {
      if (UPDATE || !Files.exists(golden)) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "differs from " + golden);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
