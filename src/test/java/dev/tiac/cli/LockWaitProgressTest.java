package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.state.LocalStateBackend;
import dev.tiac.state.LockRequest;
import dev.tiac.state.StateLock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that waits for another run's lock says so as it starts, and then counts the wait down in its log. */
class LockWaitProgressTest {
  private record Line(long at, String text) {}

  @TempDir Path dir;

  @Test
  void aRunWaitingForTheLockCountsTheWaitDownUntilItIsFree() throws Exception {
    Path file = dir.resolve("acme.yaml");
    Files.writeString(file, CliRun.sampleWithCanary(dir, "canary-lock"));
    Path stateDir = dir.resolve(".tiac");
    List<String> command = ChildJvm.prepare(dir).command(List.of("attest", "--sandbox", "--state-dir", stateDir.toString(), "--lock-timeout", "1m",
        file.toString(), "--address", "cas.policy[\"Default Exchange Policy ATP\"]"));
    List<Line> lines = new CopyOnWriteArrayList<>();
    Process attest;
    StateLock held = new LocalStateBackend(stateDir.resolve("sandbox/tiac-state")).lock(new LockRequest("apply", "test"), Duration.ZERO);
    try {
      attest = new ProcessBuilder(command).redirectErrorStream(true).start();
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(attest.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            lines.add(new Line(System.nanoTime(), line));
          }
        } catch (java.io.IOException e) {
          // the process ended
        }
      });
      reader.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (lines.stream().noneMatch(l -> l.text().startsWith("Waiting for the state lock, 3.")) && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
    } finally {
      held.close();
    }
    assertTrue(attest.waitFor(60, TimeUnit.SECONDS), "the run went on once the lock was free");
    String log = String.join("\n", lines.stream().map(Line::text).toList());
    assertEquals(ExitCode.OK, attest.exitValue(), log);
    int start = indexOf(lines, "tiac: the state at ");
    assertTrue(start >= 0 && lines.get(start).text().contains(" is locked by ") && lines.get(start).text().endsWith("; waiting up to 1m for it ..."), log);
    List<Line> countdown = lines.stream().filter(l -> l.text().startsWith("Waiting for the state lock, ")).toList();
    assertTrue(countdown.size() >= 2, log);
    assertTrue(countdown.get(0).text().matches("Waiting for the state lock, 1\\.\\d s — 5\\d\\.\\d s left: tiac: the state at .*"), log);
    long last = lines.get(start).at();
    for (Line l : countdown) {
      assertTrue(l.at() - last <= 2_000_000_000L, "the log was silent for " + (l.at() - last) / 1_000_000 + " ms while waiting:\n" + log);
      last = l.at();
    }
    assertTrue(lines.get(lines.size() - 1).text().startsWith("Attested cas.policy"), log);
  }

  private static int indexOf(List<Line> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).text().startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }
}
