package dev.tiac.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand that does work shares: its output streams, and any failure turned into one
 * message and exit code 1 ({@link Failures}), never a stack trace.
 */
abstract class Subcommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  @Override
  public final Integer call() {
    return Failures.guard(err(), this::run);
  }

  /** The command's work; its exit code. */
  abstract int run() throws Exception;
}
