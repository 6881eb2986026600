package dev.tiac.config.diagnostics;

/**
 * One problem found in the input, located to file, line and column. The message never quotes the
 * value of a secret field: callers build it from the rule and, for secrets, "(sensitive)".
 */
public record Diagnostic(Severity severity, SourceLocation location, String pointer, String message)
    implements Comparable<Diagnostic> {

  /** How bad a diagnostic is; any error refuses the whole input. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public static Diagnostic error(SourceLocation location, String pointer, String message) {
    return new Diagnostic(Severity.ERROR, location, pointer, message);
  }

  public static Diagnostic warning(SourceLocation location, String pointer, String message) {
    return new Diagnostic(Severity.WARNING, location, pointer, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:column: error: message (at /json/pointer)}, the form compilers and editors link. */
  public String format() {
    String at = pointer.isEmpty() ? "" : " (at " + pointer + ")";
    return location + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message + at;
  }

  @Override
  public int compareTo(Diagnostic other) {
    int byFile = location.file().compareTo(other.location.file());
    if (byFile != 0) {
      return byFile;
    }
    int byLine = Integer.compare(location.line(), other.location.line());
    if (byLine != 0) {
      return byLine;
    }
    int byColumn = Integer.compare(location.column(), other.location.column());
    return byColumn != 0 ? byColumn : message.compareTo(other.message);
  }
}
