package dev.tiac.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One run of the command line in process: its exit code and what it printed. */
record CliRun(int code, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }

  /** A run whose state (and sandbox) live in {@code stateDir}, never in the working directory. */
  static CliRun withState(Path stateDir, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--state-dir");
    all.add(stateDir.toString());
    return of(all.toArray(String[]::new));
  }

  /**
   * The acme sample copied into {@code dir} with its licensing password read from a file holding
   * {@code canary}, and its generated token delivered inside {@code dir}, so a test can look for leaks.
   */
  static String sampleWithCanary(Path dir, String canary) throws IOException {
    Files.writeString(dir.resolve("clp-password.txt"), canary + "\n");
    return Files.readString(Path.of("samples/acme.yaml"))
        .replace("${env:TIAC_CLP_PASSWORD}", "${file:clp-password.txt}")
        .replace(".tiac/secrets/cas-investigations.token", "secrets/cas-investigations.token");
  }
}
