package dev.tiac.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code tiac force-unlock ID}: releases a lock left behind, only with the ID the lock error named,
 * in the state dir or in the remote backend the run used.
 */
@Command(name = "force-unlock", mixinStandardHelpOptions = true, description = "Release a stale state lock, given the lock ID the error message named.")
final class ForceUnlockCommand extends StateSubcommand {
  @Parameters(paramLabel = "ID", description = "The lock ID, as printed by the refused command.")
  String id;

  @Override
  int run() {
    location.open(err()).forceUnlock(id);
    out().println("Lock " + id + " released.");
    return ExitCode.OK;
  }
}
