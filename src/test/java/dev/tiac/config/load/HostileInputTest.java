package dev.tiac.config.load;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.config.diagnostics.InvalidConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input built to exhaust a parser is refused quickly, with a message, and never half-read. */
class HostileInputTest {
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);

  @TempDir Path dir;

  private InvalidConfigException refuse(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    new DocumentLoader().load(List.of(dir.resolve("warm-up.yaml")));
    return assertTimeoutPreemptively(ONE_SECOND, () -> assertThrows(InvalidConfigException.class, () -> new DocumentLoader().load(List.of(file))));
  }

  @org.junit.jupiter.api.BeforeEach
  void warmUp() throws IOException {
    Files.writeString(dir.resolve("warm-up.yaml"), "a: 1\n");
  }

  @Test
  void refusesAnAliasBombInUnderASecond() throws IOException {
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      bomb.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      bomb.append("]\n");
    }
    InvalidConfigException e = refuse("bomb.yaml", bomb.toString());
    assertTrue(e.diagnostics().get(0).message().contains("anchors"), e.diagnostics().get(0).format());
  }

  @Test
  void refusesTenThousandLevelsOfNestingInUnderASecond() throws IOException {
    InvalidConfigException e = refuse("deep.yaml", "x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
    assertTrue(e.diagnostics().get(0).message().contains("nesting deeper than 64"), e.diagnostics().get(0).format());
  }

  @Test
  void refusesTenThousandLevelsOfBlockMappingsInUnderASecond() throws IOException {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      deep.append(" ".repeat(i)).append("k:\n");
    }
    InvalidConfigException e = refuse("deep-block.yaml", deep.toString());
    assertTrue(e.diagnostics().get(0).format().contains("1 MiB") || e.diagnostics().get(0).message().contains("larger than") || e.diagnostics().get(0).message().contains("nesting"), e.diagnostics().get(0).format());
  }

  @Test
  void refusesATenMebibyteScalarInUnderASecond() throws IOException {
    InvalidConfigException e = refuse("huge.yaml", "description: " + "a".repeat(10 * 1024 * 1024) + "\n");
    assertTrue(e.diagnostics().get(0).message().contains("larger than 1024 KiB"), e.diagnostics().get(0).format());
  }

  @Test
  void refusesALongScalarInsideTheSizeLimit() throws IOException {
    InvalidConfigException e = refuse("long.yaml", "description: " + "a".repeat(100_000) + "\n");
    assertTrue(e.diagnostics().get(0).message().contains("longer than 65536"), e.diagnostics().get(0).format());
  }

  @Test
  void refusesBytesThatAreNotUtf8() throws IOException {
    Path file = dir.resolve("latin1.yaml");
    Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
    InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> new DocumentLoader().load(List.of(file)));
    assertTrue(e.diagnostics().get(0).message().contains("not UTF-8"));
  }
}
