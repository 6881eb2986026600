package dev.tiac.cli;

import dev.tiac.config.diagnostics.InvalidConfigException;
import java.io.PrintWriter;

/**
 * Turns the failures a run can meet into one clear message and exit code 1: bad input with every
 * located diagnostic, an unreadable service, a held lock. Never a stack trace.
 */
final class Failures {
  private Failures() {}

  /** A command's work, which may fail in any way. */
  @FunctionalInterface
  interface Body {
    int run() throws Exception;
  }

  static int guard(PrintWriter err, Body body) {
    try {
      return body.run();
    } catch (InvalidConfigException e) {
      e.diagnostics().forEach(d -> err.println(d.format()));
      err.println(e.diagnostics().stream().filter(dev.tiac.config.diagnostics.Diagnostic::isError).count() + " error(s); nothing was applied.");
    } catch (Exception e) {
      err.println("tiac: error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
    err.flush();
    return ExitCode.ERROR;
  }
}
