package dev.tiac.state;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** A second tiac process, started on the test class path. */
final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final BufferedReader output;

  private ChildJvm(Process process) {
    this.process = process;
    this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  static ChildJvm start(String mode, Path dir) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx64m",
        "-cp", System.getProperty("java.class.path"), StateChild.class.getName(), mode, dir.toString());
    return new ChildJvm(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
  }

  /** The first line the child prints, e.g. "LOCKED <id>"; fails if it exits first. */
  String awaitLine() throws IOException {
    String line = output.readLine();
    if (line == null) {
      throw new IllegalStateException("child exited with " + waitForExit() + " before reporting");
    }
    return line;
  }

  void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  private int waitForExit() {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    kill();
  }
}
