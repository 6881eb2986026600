package dev.tiac.cli;

import picocli.CommandLine;

/**
 * Last line of defence: an unexpected exception becomes one line on stderr and exit code 1, never
 * a stack trace. Exception messages may quote input, so they pass through the same redaction as
 * every other diagnostic before they are printed.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception ex, CommandLine cli, CommandLine.ParseResult parseResult) {
    return report(ex, cli.getErr());
  }

  static int report(Exception ex, java.io.PrintWriter err) {
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    err.println("tiac: error: " + message);
    err.flush();
    return ExitCode.ERROR;
  }
}
