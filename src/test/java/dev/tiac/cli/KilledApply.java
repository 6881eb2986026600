package dev.tiac.cli;

import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.WriteTap;
import dev.tiac.sandbox.tls.Restricted;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code tiac apply} in a child JVM against a sandbox this JVM serves, SIGKILLed at one write:
 * just before the sandbox processes write k, or just after it committed it and before the answer
 * leaves. Without a kill it runs to the end, which counts the writes of a whole apply.
 */
final class KilledApply {
  /** Which side of write k the child dies on; INTERRUPT sends SIGINT as write k arrives and lets it through. */
  enum Side { BEFORE, AFTER, INTERRUPT }

  /** Where the child dies; {@code k == 0} never. */
  record Kill(int k, Side side) {
    static final Kill NEVER = new Kill(0, Side.BEFORE);

    @Override
    public String toString() {
      return k == 0 ? "no kill" : side == Side.INTERRUPT ? "SIGINT at write " + k
          : "killed " + side.name().toLowerCase(java.util.Locale.ROOT) + " write " + k;
    }
  }

  private final Process process;
  private final Kill kill;
  private final AtomicBoolean killed;
  private final Path log;

  private KilledApply(Process process, Kill kill, AtomicBoolean killed, Path log) {
    this.process = process;
    this.kill = kill;
    this.killed = killed;
    this.log = log;
  }

  /**
   * Points {@code stateDir} at {@code sandbox} (its endpoints.json, as {@code tiac sandbox serve}
   * writes it) and starts the child. The sandbox must be reset by the caller and serve no other run.
   */
  static KilledApply start(ChildJvm jvm, Sandbox sandbox, Path file, Path stateDir, Kill kill) {
    return start(jvm, sandbox, file, stateDir, kill, 1);
  }

  /** As above, with {@code parallelism} changes in flight at once. */
  static KilledApply start(ChildJvm jvm, Sandbox sandbox, Path file, Path stateDir, Kill kill, int parallelism) {
    try {
      Restricted.writeAtomically(stateDir.resolve("sandbox").resolve("endpoints.json"), Json.pretty(sandbox.endpoints()));
      CompletableFuture<Process> child = new CompletableFuture<>();
      AtomicBoolean killed = new AtomicBoolean();
      sandbox.writes().observe(new WriteTap.Observer() {
        @Override
        public boolean before(WriteTap.Write write) {
          if (write.number() == kill.k() && kill.side() == Side.BEFORE) {
            killNow(child, killed);
            return false;
          }
          if (write.number() == kill.k() && kill.side() == Side.INTERRUPT) {
            interrupt(child, killed);
          }
          return true;
        }

        @Override
        public void after(WriteTap.Write write) {
          if (write.number() == kill.k() && kill.side() == Side.AFTER) {
            killNow(child, killed);
          }
        }
      });
      List<String> command = jvm.command(List.of("apply", "--sandbox", "--auto-approve", "--parallelism", Integer.toString(parallelism),
          "--state-dir", stateDir.toString(), file.toString()));
      Path log = stateDir.getParent().resolve("child.log");
      Process process = new ProcessBuilder(command).directory(file.getParent().toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      child.complete(process);
      return new KilledApply(process, kill, killed, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SIGKILL and wait until the process is gone, on the sandbox's handler thread: no answer reaches it. */
  private static void killNow(CompletableFuture<Process> child, AtomicBoolean killed) {
    try {
      Process p = child.get(30, TimeUnit.SECONDS);
      killed.set(true);
      p.destroyForcibly();
      p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the child never started", e);
    }
  }

  /** SIGINT, as Ctrl-C or a CI cancel sends it; the write that brought it goes on, as do the others in flight. */
  private static void interrupt(CompletableFuture<Process> child, AtomicBoolean signalled) {
    try {
      Process p = child.get(30, TimeUnit.SECONDS);
      if (signalled.compareAndSet(false, true)) {
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException | IOException e) {
      throw new IllegalStateException("could not interrupt the child", e);
    }
  }

  /** Waits for the child's end: its exit code, 137 when it was killed. */
  int await() {
    try {
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new IllegalStateException(kill + ": the child apply did not finish in 90 s; its output:\n" + output());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  boolean killed() {
    return killed.get();
  }

  Kill kill() {
    return kill;
  }

  String output() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }
}
