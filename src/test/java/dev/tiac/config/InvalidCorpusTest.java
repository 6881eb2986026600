package dev.tiac.config;

import dev.tiac.config.diagnostics.Diagnostic;
import dev.tiac.config.diagnostics.InvalidConfigException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One invalid document per rule, each with its exact diagnostics (position and message) in a
 * golden {@code .expected} file. Regenerate with {@code -Dgolden.update=true}, then review the diff.
 */
class InvalidCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/dev/tiac/config/invalid");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<Path> documents() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @Test
  void corpusHasAtLeastFortyRules() throws IOException {
    assertTrue(documents().count() >= 40, "the corpus shrank below 40 documents");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void refusesWithLocatedDiagnostics(Path document) throws IOException {
    InvalidConfigException refused = assertThrows(InvalidConfigException.class, () -> new ConfigLoader().load(List.of(document)));
    List<Diagnostic> errors = refused.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertFalse(errors.isEmpty(), "no error for " + document);
    for (Diagnostic d : errors) {
      assertTrue(d.location().line() >= 1 && d.location().column() >= 1, d.format());
    }
    String actual = refused.diagnostics().stream()
        .map(Diagnostic::format)
        .map(line -> line.replace(CORPUS.toString() + "/", ""))
        .collect(Collectors.joining("\n")) + "\n";
    Path golden = Path.of(document.toString().replaceAll("\\.yaml$", ".expected"));
    if (UPDATE || !Files.exists(golden)) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void neverRepeatsALiteralSecret(Path document) throws IOException {
    String text = Files.readString(document);
    InvalidConfigException refused = assertThrows(InvalidConfigException.class, () -> new ConfigLoader().load(List.of(document)));
    for (String secret : List.of("0123456789abcdef0123456789abcdef", "abcdefabcdefabcdefabcdefabcdefabcdefabcd", "hunter2hunter2", "P@ssw0rd!", "12345")) {
      if (text.contains(secret)) {
        refused.diagnostics().forEach(d -> assertFalse(d.format().contains(secret), d.format()));
      }
    }
  }
}
