package dev.tiac.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Writes a finished report; reports are small enough to build in memory first. */
final class Output {
  private static final JsonMapper JSON = SafeJson.MAPPER;

  private Output() {}

  /** A JSON report, pretty-printed, with a final newline. */
  static void json(Writer out, JsonNode report) {
    write(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
  }

  static void write(Writer out, String text) {
    try {
      out.write(text);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
