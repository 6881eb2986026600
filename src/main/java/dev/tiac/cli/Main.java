package dev.tiac.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/** Entry point: builds the command line over the given streams; only {@link #main} exits. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(args, out, err));
  }

  /** Runs one command and returns its exit code; never throws, never calls System.exit. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    int code;
    Optional<List<Path>> validate = Validation.plainInvocation(args);
    if (validate.isPresent()) {
      code = runValidation(validate.get(), out, err);
    } else {
      CommandLine cli = TiacCommand.commandLine(Terminal.style(Arrays.asList(args).contains("--no-color")).colour());
      cli.setOut(out);
      cli.setErr(err);
      code = cli.execute(args);
    }
    out.flush();
    err.flush();
    return code;
  }

  private static int runValidation(List<Path> files, PrintWriter out, PrintWriter err) {
    try {
      return Validation.run(files, false, out, err);
    } catch (RuntimeException e) {
      return ErrorHandler.report(e, err);
    }
  }
}
