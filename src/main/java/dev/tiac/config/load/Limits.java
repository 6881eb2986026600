package dev.tiac.config.load;

/**
 * Input limits. A desired-state file is a few kilobytes; the limits sit far above any honest file
 * and far below what makes a parser slow, so hostile or careless input is refused in milliseconds.
 */
public record Limits(int maxDocumentBytes, int maxDepth, int maxScalarChars) {
  public static final Limits DEFAULT = new Limits(1024 * 1024, 64, 64 * 1024);
}
