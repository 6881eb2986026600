package dev.tiac.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tiac force-unlock ID}: releases a lock left behind, only with the ID the lock error named,
 * in the state dir or in the remote backend the run used.
 */
@Command(name = "force-unlock", mixinStandardHelpOptions = true, description = "Release a stale state lock, given the lock ID the error message named.")
final class ForceUnlockCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The lock ID, as printed by the refused command.")
  String id;

  @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = ".tiac", description = "Where the state is (default: ${DEFAULT-VALUE}).")
  Path stateDir;

  @Option(names = "--sandbox", description = "The lock of the state --sandbox runs keep (DIR/sandbox/" + StateBackends.SANDBOX_STATE + ").")
  boolean sandbox;

  @Mixin BackendOptions backend = new BackendOptions();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    return Failures.guard(err, () -> {
      StateBackends.choose(StateBackends.home(stateDir, sandbox, backend), backend, System.getenv(), err).forceUnlock(id);
      spec.commandLine().getOut().println("Lock " + id + " released.");
      return ExitCode.OK;
    });
  }
}
