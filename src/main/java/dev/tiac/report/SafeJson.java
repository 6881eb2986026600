package dev.tiac.report;

import dev.tiac.plan.render.Printable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapper of the JSON reports (drift JSON, SARIF): besides JSON's own escapes it writes every
 * {@link Printable#unsafe} character as {@code \\uXXXX}, so a report shown in a terminal or a CI
 * log cannot be redrawn by live data. The decoded values are unchanged.
 */
final class SafeJson extends CharacterEscapes {
  private static final long serialVersionUID = 1L;
  static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder().characterEscapes(new SafeJson()).build()).build();

  private final int[] ascii = standardAsciiEscapesForJSON();

  private SafeJson() {
    for (int c = 0; c < ascii.length; c++) {
      if (Printable.unsafe(c) && ascii[c] == 0) {
        ascii[c] = ESCAPE_CUSTOM;
      }
    }
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii.clone();
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return Printable.unsafe(ch) ? new SerializedString(Printable.escaped(ch)) : null;
  }
}
