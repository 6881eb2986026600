package dev.tiac.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes a finished report; reports are small enough to build in memory first. */
final class Output {
  private Output() {}

  static void write(Writer out, String text) {
    try {
      out.write(text);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
