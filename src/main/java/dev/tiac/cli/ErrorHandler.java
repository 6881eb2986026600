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
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    cli.getErr().println("tiac: error: " + message);
    cli.getErr().flush();
    return ExitCode.ERROR;
  }
}
