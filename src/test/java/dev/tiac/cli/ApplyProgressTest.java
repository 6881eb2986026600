package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 210-change apply in a terminal shows progress at least every two seconds; with its output
 * piped, plain progress lines on stderr, often enough, and stdout unchanged by them.
 */
class ApplyProgressTest {
  private static final Pattern PROGRESS = Pattern.compile("^\\[\\d+/210\\] \\S.*: (created|updated|deleted|replaced|confirmed) \\(\\d+\\.\\d s\\)$");

  @TempDir Path dir;

  /** The sample with 197 more suspicious objects: an apply of 210 changes onto the fresh sandbox. */
  private Path file() throws Exception {
    StringBuilder objects = new StringBuilder("  suspiciousObjects:\n");
    for (int i = 0; i < 197; i++) {
      objects.append("    - type: ip\n      value: 198.51.").append(i / 200).append('.').append(i % 200 + 1)
          .append("\n      scanAction: log\n      notes: progress test ").append(i).append('\n');
    }
    Path file = dir.resolve("acme.yaml");
    Files.writeString(file, CliRun.sampleWithCanary(dir, "canary-progress").replace("  suspiciousObjects:\n", objects.toString()));
    return file;
  }

  /**
   * The same apply in a terminal (a pseudo-terminal from script(1), as tmux would give): a status
   * line redrawn in place, never still for more than two seconds, the changes printed above it.
   */
  @Test
  void aLongApplyInATerminalRedrawsItsStatusAtLeastEveryTwoSeconds() throws Exception {
    assumeTrue(new ProcessBuilder("sh", "-c", "command -v script").start().waitFor() == 0, "script(1) makes the pseudo-terminal");
    Path file = file();
    List<String> command = ChildJvm.prepare(dir).command(List.of("apply", "--sandbox", "--auto-approve", "--state-dir",
        dir.resolve(".tiac").toString(), file.toString()));
    String quoted = String.join(" ", command.stream().map(AttestHint::quoted).toList());
    Process script = new ProcessBuilder("script", "-q", "-e", "-c", quoted, "/dev/null").redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    List<Long> at = new ArrayList<>();
    StringBuilder screen = new StringBuilder();
    byte[] buffer = new byte[8192];
    try (var in = script.getInputStream()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        String chunk = new String(buffer, 0, n, java.nio.charset.StandardCharsets.UTF_8);
        if (screen.indexOf("Applying, ") >= 0 && screen.indexOf("[210/210] ") < 0) {
          at.add(System.nanoTime());
        }
        screen.append(chunk);
      }
    }
    assertTrue(script.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "the apply ended");
    assertEquals(ExitCode.OK, script.exitValue(), screen.toString());
    String text = screen.toString();
    assertTrue(text.contains("\rApplying, ") && text.contains("changes\u001b[K"), "a status line redrawn in place:\n" + text);
    assertTrue(text.contains("\r\u001b[K[1/210] ") && text.contains("[210/210] "), "each change printed above the status line");
    assertTrue(at.size() > 10, "the apply was long enough to watch: " + at.size() + " redraws");
    for (int i = 1; i < at.size(); i++) {
      assertTrue(at.get(i) - at.get(i - 1) <= 2_000_000_000L, "the terminal was still for " + (at.get(i) - at.get(i - 1)) / 1_000_000 + " ms");
    }
  }

  @Test
  void aLongApplyReportsEachChangeOnStderrAndNothingExtraOnStdout() throws Exception {
    Path file = file();
    StringWriter out = new StringWriter();
    TimedLines err = new TimedLines();
    int code = Main.run(new String[] {"apply", "--sandbox", "--auto-approve", "--state-dir", dir.resolve(".tiac").toString(), file.toString()},
        new PrintWriter(out), new PrintWriter(err));
    assertEquals(ExitCode.OK, code, out + "\n" + err.text);
    assertTrue(out.toString().contains("Apply: 210 applied, 0 failed"), out.toString());
    assertFalse(out.toString().contains("/210]"), "progress never reaches stdout");
    assertFalse(err.text.toString().contains("\u001b"), "no escape codes when nobody watches a terminal");

    List<Integer> progress = new ArrayList<>();
    for (int i = 0; i < err.lines.size(); i++) {
      if (PROGRESS.matcher(err.lines.get(i)).matches()) {
        progress.add(i);
      }
    }
    assertEquals(210, progress.size(), "one line per change:\n" + err.text);
    assertTrue(err.lines.get(progress.get(209)).startsWith("[210/210] "), err.lines.get(progress.get(209)));
    for (int i = progress.get(0) + 1; i <= progress.get(209); i++) {
      long gap = err.at.get(i) - err.at.get(i - 1);
      assertTrue(gap <= 2_000_000_000L, "stderr was silent for " + gap / 1_000_000 + " ms before: " + err.lines.get(i));
    }
  }

  /** A Writer that remembers when each line was completed. */
  private static final class TimedLines extends Writer {
    final StringBuilder text = new StringBuilder();
    final List<String> lines = new ArrayList<>();
    final List<Long> at = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    @Override
    public synchronized void write(char[] buffer, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        text.append(buffer[i]);
        if (buffer[i] == '\n') {
          lines.add(line.toString());
          at.add(System.nanoTime());
          line.setLength(0);
        } else {
          line.append(buffer[i]);
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
