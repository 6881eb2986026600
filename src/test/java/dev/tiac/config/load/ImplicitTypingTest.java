package dev.tiac.config.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * YAML 1.1 guessed types from bare words ({@code no} became false, {@code 0755} octal). tiac reads
 * YAML 1.2's core schema, so what a person wrote stays what the schema then checks.
 */
class ImplicitTypingTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '^',
      value = {
        "no | string | no",
        "on | string | on",
        "ON | string | ON",
        "yes | string | yes",
        "0755 | integer | 755",
        "0o755 | integer | 493",
        "0x1F | integer | 31",
        "1_000 | string | 1_000",
        "~ | null | null",
        "null | null | null",
        "2024-01-01 | string | 2024-01-01",
        ".inf | string | .inf",
        "true | boolean | true",
        "'true' | string | true",
        "\"0755\" | string | 0755"
      })
  void scalarsFollowTheYaml12CoreSchema(String written, String type, String value) throws IOException {
    Path file = dir.resolve("t.yaml");
    Files.writeString(file, "v: " + written + "\n");
    JsonNode node = new DocumentLoader().load(List.of(file)).tree().get("v");
    String actualType = node.isNull() ? "null" : node.isBoolean() ? "boolean" : node.isIntegralNumber() ? "integer" : node.isNumber() ? "number" : node.isString() ? "string" : "other";
    assertEquals(type, actualType, written);
    String actualValue = node.isNull() ? "null" : node.isNumber() && !node.isIntegralNumber() ? String.valueOf(node.asDouble()) : node.asString();
    assertEquals(value, actualValue, written);
  }
}
