package dev.tiac.cli;

/** The process exit codes of the product contract (DESIGN.md), kept in one place. */
public final class ExitCode {
  /** Success; for plan and drift, also "no changes". */
  public static final int OK = 0;
  /** Bad input, an API failure or a refused apply. */
  public static final int ERROR = 1;
  /** Changes or drift present (plan with --detailed-exitcode, drift). */
  public static final int CHANGES = 2;
  /** Investigations matched (query with --fail-on-match). */
  public static final int MATCHED = 3;
  /** Command-line usage error; picocli's default 2 would read as "changes present". */
  public static final int USAGE = 64;

  private ExitCode() {}
}
