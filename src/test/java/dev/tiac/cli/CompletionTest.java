package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tiac completion SHELL} scripts, loaded into the real shells and asked to complete. */
class CompletionTest {
  @TempDir Path dir;

  @Test
  void bashCompletionRegistersAndCompletesSubcommandsAndOptions() throws Exception {
    Path script = write("bash");
    String registered = bash("source " + script + "; complete -p tiac");
    assertTrue(registered.contains("-F _complete_tiac") && registered.trim().endsWith("tiac"), registered);
    assertEquals("drift", complete(script, "tiac", "dr"));
    assertEquals("drift", complete(script, "./tiac", "dr"), "as typed in a checkout: bash finds the spec by the command's last part");
    assertEquals("test", complete(script, "tiac", "query", "te"));
    assertEquals("--detailed-exitcode", complete(script, "tiac", "plan", "--det"));
    assertEquals("completion", complete(script, "tiac", "compl"));
    assertTrue(complete(script, "tiac", "sandbox", "console", "cas-").contains("cas-policy"));
  }

  @Test
  void zshGetsTheScriptThatLoadsBashCompatibility() {
    CliRun run = CliRun.of("completion", "zsh");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.out().contains("bashcompinit"), run.out());
  }

  @Test
  void fishCompletionNamesEverySubcommandUnderItsParent() throws Exception {
    CliRun run = CliRun.of("completion", "fish");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.out().contains("complete -c tiac -f -n '__fish_use_subcommand' -a 'drift'"), run.out());
    assertTrue(run.out().contains("complete -c tiac -f -n '__fish_seen_subcommand_from query; and not __fish_seen_subcommand_from test' -a 'test'"),
        run.out());
    assertTrue(run.out().contains("-n '__fish_seen_subcommand_from plan' -l detailed-exitcode -d 'Exit 2 when apply"), run.out());
    if (onPath("fish")) {
      Path script = write("fish");
      Process fish = new ProcessBuilder("fish", "--no-execute", script.toString()).redirectErrorStream(true).start();
      String output = new String(fish.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, fish.waitFor(), output);
    }
  }

  @Test
  void unknownShellIsAUsageError() {
    CliRun run = CliRun.of("completion", "powershell");
    assertEquals(ExitCode.USAGE, run.code());
    assertTrue(run.err().contains("bash, zsh, fish"), run.err());
  }

  private Path write(String shell) throws IOException {
    CliRun run = CliRun.of("completion", shell);
    assertEquals(ExitCode.OK, run.code(), run.err());
    Path script = dir.resolve("tiac." + shell);
    Files.writeString(script, run.out());
    return script;
  }

  /** What bash offers for the last word, as the completion function leaves it in COMPREPLY. */
  private static String complete(Path script, String... words) throws Exception {
    String line = String.join(" ", words);
    String array = String.join(" ", List.of(words).stream().map(w -> "'" + w + "'").toList());
    return bash("source " + script + "; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1) + "; COMP_LINE='" + line
        + "'; COMP_POINT=" + line.length() + "; _complete_tiac 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"").trim();
  }

  private static String bash(String command) throws Exception {
    Process bash = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
    String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(bash.waitFor(30, TimeUnit.SECONDS), "bash finished");
    assertEquals(0, bash.exitValue(), output);
    return output;
  }

  private static boolean onPath(String program) {
    return System.getenv().getOrDefault("PATH", "").isEmpty() ? false
        : java.util.Arrays.stream(System.getenv("PATH").split(":")).anyMatch(p -> Files.isExecutable(Path.of(p, program)));
  }
}
