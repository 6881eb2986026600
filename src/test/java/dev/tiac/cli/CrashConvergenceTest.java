package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.apply.Applier;
import dev.tiac.apply.Capabilities;
import dev.tiac.apply.SessionRecorder;
import dev.tiac.plan.LiveResource;
import dev.tiac.plan.Planner;
import dev.tiac.plan.ResourceKind;
import dev.tiac.plan.StoredStateView;
import dev.tiac.plan.desired.DesiredResource;
import dev.tiac.providers.Creator;
import dev.tiac.providers.Deleter;
import dev.tiac.providers.Updater;
import dev.tiac.sandbox.SandboxCore;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.state.ErroredState;
import dev.tiac.state.LockRequest;
import dev.tiac.state.StateCodec;
import dev.tiac.state.StateSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The process dies just before, or just after, mutating call k of a 30-plus-call apply; a re-run
 * finishes the job, duplicates nothing, and the state file parses at every step.
 */
class CrashConvergenceTest {
  private static final int OBJECTS = 20;

  @TempDir Path dir;

  /** Not an exception apply may catch: the process is gone. */
  static final class Death extends Error {
    private static final long serialVersionUID = 1L;
  }

  static Stream<Arguments> crashes() {
    // 13 resources of the sample plus 20 suspicious objects: 33 mutating calls; each k, both sides.
    return IntStream.rangeClosed(1, 33).boxed().flatMap(k -> Stream.of(Arguments.of(k, true), Arguments.of(k, false)));
  }

  @ParameterizedTest(name = "dies before={1} mutating call {0}")
  @MethodSource("crashes")
  void aRerunConvergesWithoutDuplicates(int k, boolean before) throws IOException {
    Path file = dir.resolve("acme.yaml");
    StringBuilder objects = new StringBuilder();
    for (int i = 0; i < OBJECTS; i++) {
      objects.append("    - {type: domain, value: c2-").append(i).append(".example, scanAction: block}\n");
    }
    Files.writeString(file, Files.readString(Path.of("samples/acme.yaml"))
        .replace(".tiac/secrets/cas-investigations.token", "secrets/cas-investigations.token")
        .replace("  suspiciousObjects:\n", "  suspiciousObjects:\n" + objects));
    RunOptions options = new RunOptions();
    options.sandbox = true;
    options.stateDir = dir.resolve(".tiac");
    options.parallelism = 1;
    options.lockTimeout = Duration.ZERO;
    options.maxApiShare = 50;
    PrintWriter err = new PrintWriter(new StringWriter());
    AtomicInteger calls = new AtomicInteger();
    try (RunContext run = RunContext.open(List.of(file), options, err);
        StateSession session = StateSession.open(run.backend, new LockRequest("apply", "test"), Duration.ZERO, run.fingerprinter,
            new ErroredState(run.stateDir), run.clock)) {
      Planner.Result plan = Planning.plan(run, new StoredStateView(session.state(), run.fingerprinter), options, false, err);
      Capabilities dying = new Capabilities();
      for (ResourceKind kind : ResourceKind.values()) {
        dying.with(kind, new Dying(run.catalog.capabilities(), kind, calls, k, before));
      }
      Applier applier = new Applier(dying, c -> false, new SessionRecorder(session, run.fingerprinter, run.clock), run::secrets, 1);
      assertThrows(Throwable.class, () -> applier.apply(plan.plan().changes(), plan.desired(), plan.live()));
    }
    if (Files.exists(dir.resolve(".tiac/state.json"))) {
      StateCodec.decode(Files.readAllBytes(dir.resolve(".tiac/state.json")), "state.json");
    }
    StringWriter out = new StringWriter();
    StringWriter errors = new StringWriter();
    String[] again = {"apply", "--sandbox", "--auto-approve", "--state-dir", dir.resolve(".tiac").toString(), file.toString()};
    assertEquals(ExitCode.OK, Main.run(again, new PrintWriter(out), new PrintWriter(errors)), out + "\n" + errors);
    String[] plan = {"plan", "--sandbox", "--detailed-exitcode", "--state-dir", dir.resolve(".tiac").toString(), file.toString()};
    assertEquals(ExitCode.OK, Main.run(plan, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
    StateCodec.decode(Files.readAllBytes(dir.resolve(".tiac/state.json")), "state.json");
    assertNoDuplicates();
  }

  private void assertNoDuplicates() {
    SandboxCore core = SandboxCore.open(SandboxOptions.defaults(dir.resolve(".tiac/sandbox").toAbsolutePath()));
    JsonNode tokens = tools.jackson.databind.json.JsonMapper.shared().valueToTree(core.console().state().cas().tokens());
    Set<String> names = new HashSet<>();
    for (JsonNode t : tokens) {
      assertTrue(names.add(t.path("name").asString()), "token " + t.path("name").asString() + " exists twice");
    }
    assertEquals(1 + 2, names.size(), "the sandbox's own token plus the file's two");
    assertEquals(1, core.console().state().adSync().tools().stream().filter(t -> t.active()).count());
    assertEquals(2, core.console().state().policies().size());
  }

  /** A capability that kills the process just before or just after the k-th mutating call. */
  private record Dying(Capabilities real, ResourceKind kind, AtomicInteger calls, int k, boolean before) implements Creator, Updater, Deleter {
    private <T> T call(java.util.function.Supplier<T> mutation) {
      int n = calls.incrementAndGet();
      if (before && n == k) {
        throw new Death();
      }
      T result = mutation.get();
      if (!before && n == k) {
        throw new Death();
      }
      return result;
    }

    @Override
    public LiveResource create(DesiredResource desired) {
      return call(() -> real.creator(kind).orElseThrow().create(desired));
    }

    @Override
    public LiveResource update(DesiredResource desired, LiveResource live) {
      return call(() -> real.updater(kind).orElseThrow().update(desired, live));
    }

    @Override
    public void delete(LiveResource live) {
      call(() -> {
        real.deleter(kind).orElseThrow().delete(live);
        return Optional.empty();
      });
    }
  }
}
