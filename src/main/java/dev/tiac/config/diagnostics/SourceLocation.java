package dev.tiac.config.diagnostics;

/** A place in a desired-state file: 1-based line and column, as editors count them. */
public record SourceLocation(String file, int line, int column) {
  public static SourceLocation startOf(String file) {
    return new SourceLocation(file, 1, 1);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
