package dev.tiac.config.interpolate;

/** One {@code ${kind:argument}} inside a value, with its character offsets in that value. */
public record Expression(Kind kind, String argument, int start, int end) {
  /** Where a value comes from. */
  public enum Kind {
    /** An environment variable of the process running tiac. */
    ENV,
    /** A file, relative to the desired-state file that names it. */
    FILE,
    /** An output of another resource, e.g. {@code cas.token["x"].value}. */
    REF
  }

  @Override
  public String toString() {
    return "${" + kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + argument + "}";
  }
}
