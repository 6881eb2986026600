package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.providers.cas.NoDelayServerSockets;
import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxEndpoints;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.state.LocalStateBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Services that accept a call and never answer it: one call costs one call timeout, and a run
 * ends at its --timeout with its state saved and its lock released.
 */
class SilentServerTest {
  @TempDir Path dir;

  /** Forwards like {@link FaultyProxy}, except that the calls {@code silent} picks are never answered. */
  static final class Silence extends Dispatcher {
    private final FaultyProxy forward;
    private final Predicate<RecordedRequest> silent;
    final CountDownLatch released = new CountDownLatch(1);
    final AtomicInteger held = new AtomicInteger();
    /** System.nanoTime() of the first call left unanswered. */
    volatile long firstHeld;

    Silence(FaultyProxy forward, Predicate<RecordedRequest> silent) {
      this.forward = forward;
      this.silent = silent;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      if (silent.test(request)) {
        if (held.getAndIncrement() == 0) {
          firstHeld = System.nanoTime();
        }
        released.await(5, TimeUnit.MINUTES);
        return new MockResponse.Builder().code(504).build();
      }
      return forward.dispatch(request);
    }
  }

  private static MockWebServer serve(Dispatcher dispatcher) throws java.io.IOException {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.setDispatcher(dispatcher);
    server.start();
    return server;
  }

  private static FaultyProxy straight(String url, SandboxEndpoints target) {
    return new FaultyProxy(url, target.caFile(), false, 0, new SplittableRandom(1), new AtomicInteger(), new AtomicInteger());
  }

  @Test
  void aPlanAgainstAnApexCentralThatNeverAnswersFailsWithinTheCallTimeoutPlusASecond() throws Exception {
    Path stateDir = dir.resolve(".tiac");
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(stateDir.resolve("sandbox").toAbsolutePath()))) {
      SandboxEndpoints target = sandbox.endpoints();
      Silence apexSilence = new Silence(straight(target.apexCentral().url(), target), r -> true);
      try (MockWebServer apex = serve(apexSilence); MockWebServer cas = serve(straight(target.cas().homeUrl(), target))) {
        Files.writeString(stateDir.resolve("sandbox/endpoints.json"), FaultyProxy.endpointsJson(target, apex, cas));
        // The sandbox's first console answer is slow on a cold JVM; that is not the silence measured here.
        new dev.tiac.providers.SandboxClients(target).console("GET", "/v1/console", "");
        CliRun plan = CliRun.withState(stateDir, "plan", "--sandbox", "--call-timeout", "5s", "samples/acme.yaml");
        // From the first call the silent server took to the plan's end: what the silence cost.
        Duration took = Duration.ofNanos(System.nanoTime() - apexSilence.firstHeld);
        apexSilence.released.countDown();

        assertEquals(ExitCode.ERROR, plan.code(), plan.out() + plan.err());
        assertTrue(plan.err().contains("within the call timeout of 5 s"), plan.err());
        assertTrue(took.compareTo(Duration.ofSeconds(6)) < 0, "took " + took + "\n" + plan.err());
        assertTrue(apexSilence.held.get() >= 1);
        System.out.printf("silent Apex Central: plan failed after %d ms with --call-timeout 5s%n", took.toMillis());
      }
    }
  }

  @Test
  void anApplyWhoseWritesAreNeverAnsweredEndsAtItsTimeoutWithStateSavedAndTheLockReleased() throws Exception {
    Path stateDir = dir.resolve(".tiac");
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(stateDir.resolve("sandbox").toAbsolutePath()))) {
      SandboxEndpoints target = sandbox.endpoints();
      // Cloud App Security takes every write and never answers; everything else answers.
      Silence apexSilence = new Silence(straight(target.apexCentral().url(), target), r -> false);
      Silence casSilence = new Silence(straight(target.cas().homeUrl(), target), r -> !r.getMethod().equals("GET"));
      try (MockWebServer apex = serve(apexSilence); MockWebServer cas = serve(casSilence)) {
        Files.writeString(stateDir.resolve("sandbox/endpoints.json"), FaultyProxy.endpointsJson(target, apex, cas));

        long start = System.nanoTime();
        CliRun apply = CliRun.withState(stateDir, "apply", "--sandbox", "--auto-approve", "--timeout", "20s", "samples/acme.yaml");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        apexSilence.released.countDown();
        casSilence.released.countDown();

        assertTrue(took.compareTo(Duration.ofSeconds(21)) < 0, "took " + took + "\n" + apply.out() + apply.err());
        assertEquals(ExitCode.ERROR, apply.code(), apply.out() + apply.err());
        assertTrue(casSilence.held.get() >= 1, "a write was left hanging");
        assertTrue(apply.err().contains("--timeout 20s"), apply.err());
        assertTrue(Files.exists(StateBackends.sandboxHome(stateDir).resolve(LocalStateBackend.STATE_FILE)), "state saved");
        assertTrue(apply.out().contains("applied apexcentral.suspiciousObject"), apply.out() + apply.err());
        assertTrue(Files.readString(StateBackends.sandboxHome(stateDir).resolve(LocalStateBackend.STATE_FILE)).contains("acme-sso-login.example"),
            "what was done is recorded in state");
        CliRun after = CliRun.withState(stateDir, "plan", "--sandbox", "--timeout", "20s", "samples/acme.yaml");
        assertFalse(after.err().contains(" is locked by "), "the lock was released: " + after.err());
        assertTrue(after.out().contains("Plan: "), after.out() + after.err());
        System.out.printf("apply --timeout 20s against silent writes: ended after %d ms, exit %d%n", took.toMillis(), apply.code());
      }
    }
  }
}
