package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.state.http.TerraformStateServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * plan and apply with state behind Terraform's HTTP backend protocol, run as a real process so the
 * backend password comes from the environment as it does on a CI runner.
 */
class RemoteStateCliTest {
  private static final String PASSWORD = "backend-pw-7c1d93e2aa";
  private static final String CANARY = "canary-clp-remote-0b3e";

  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private final TerraformStateServer store = new TerraformStateServer("tiac-ci", PASSWORD, 423);
  private Path file;
  private final String stateKey = key();

  record Run(int code, String out, String err) {}

  /** Saves the backend answers with HTTP 500 before it stores them again; -1: every one. */
  private final java.util.concurrent.atomic.AtomicInteger failingSaves = new java.util.concurrent.atomic.AtomicInteger();
  /** Saves stored before the failures above begin. */
  private final java.util.concurrent.atomic.AtomicInteger savesBeforeFailing = new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicInteger failedSaves = new java.util.concurrent.atomic.AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(new mockwebserver3.Dispatcher() {
      @Override
      public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest request) throws InterruptedException {
        boolean save = request.getMethod().equals("POST") && request.getUrl().encodedPath().equals("/state");
        if (save && savesBeforeFailing.getAndUpdate(n -> n > 0 ? n - 1 : n) == 0 && failingSaves.getAndUpdate(n -> n > 0 ? n - 1 : n) != 0) {
          failedSaves.incrementAndGet();
          return new mockwebserver3.MockResponse.Builder().code(500).body("{\"message\":\"500 Internal Server Error\"}").build();
        }
        return store.dispatch(request);
      }
    });
    server.start();
    String acme = Files.readString(Path.of("samples/acme.yaml"))
        .replace("${env:TIAC_CLP_PASSWORD}", "${file:clp-password.txt}")
        .replace(".tiac/secrets/cas-investigations.token", "secrets/cas-investigations.token");
    file = dir.resolve("acme.yaml");
    Files.writeString(file, acme);
    Files.writeString(dir.resolve("clp-password.txt"), CANARY + "\n");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Run tiac(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(args));
    command.add(file.toString());
    return backendRun(command);
  }

  /** tiac in its own process with the remote backend's options and password, as on a runner. */
  private Run backendRun(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args);
    command.addAll(List.of("--state-dir", dir.resolve(".tiac").toString(), "--backend-url", server.url("/state").toString(),
        "--backend-user", "tiac-ci"));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().putAll(Map.of("TIAC_BACKEND_PASSWORD", PASSWORD, "TIAC_STATE_KEY", stateKey));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "tiac did not finish");
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void applyKeepsItsStateInTheRemoteBackendAndTheNextPlanIsEmpty() throws Exception {
    Run apply = tiac("apply", "--sandbox", "--auto-approve");
    assertEquals(ExitCode.OK, apply.code(), apply.out() + apply.err());
    String remote = store.storedState().orElseThrow();
    assertTrue(remote.contains("cas.policy[\\\"Default Exchange Policy ATP\\\"]"), remote);
    assertFalse(Files.exists(dir.resolve(".tiac/state.json")), "state went to the backend, not the state dir");
    Run plan = tiac("plan", "--sandbox", "--detailed-exitcode");
    assertEquals(ExitCode.OK, plan.code(), plan.out() + plan.err());
    for (String text : List.of(apply.out(), apply.err(), plan.out(), plan.err(), remote)) {
      assertFalse(text.contains(PASSWORD) || text.contains(CANARY), "a secret leaked: " + text);
    }
    assertTrue(store.requests().stream().anyMatch(r -> r.getMethod().equals("LOCK")), "apply locked the remote state");
    assertEquals(1, apply.err().lines().filter(l -> l.contains("is plain http: the backend password of tiac-ci and the state go unencrypted")).count(),
        "one plaintext warning per run: " + apply.err());
  }

  @Test
  void aLockHeldByAnotherRunnerRefusesApplyNamesTheHolderAndForceUnlockReleasesIt() throws Exception {
    String holder = "{\"ID\":\"9d3f-held-by-nightly\",\"Operation\":\"apply\",\"Who\":\"gitlab-runner@ci-7\",\"Version\":\"0.1.0\","
        + "\"Created\":\"2026-11-29T02:00:00Z\",\"Path\":\"state\",\"Pid\":4242}";
    HttpRequest lock = HttpRequest.newBuilder(server.url("/state/lock").uri()).method("LOCK", HttpRequest.BodyPublishers.ofString(holder))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("tiac-ci:" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
    assertEquals(200, HttpClient.newHttpClient().send(lock, HttpResponse.BodyHandlers.ofString()).statusCode());
    Run apply = tiac("apply", "--sandbox", "--auto-approve");
    assertEquals(ExitCode.ERROR, apply.code(), apply.out() + apply.err());
    assertTrue(apply.err().contains("locked by gitlab-runner@ci-7 (apply, pid 4242"), apply.err());
    assertTrue(apply.err().contains("9d3f-held-by-nightly"), apply.err());
    assertTrue(store.storedState().isEmpty(), "nothing was written under someone else's lock");

    Run wrongId = backendRun(List.of("force-unlock", "not-the-holder"));
    assertEquals(ExitCode.ERROR, wrongId.code(), wrongId.out() + wrongId.err());
    Run unlock = backendRun(List.of("force-unlock", "9d3f-held-by-nightly"));
    assertEquals(ExitCode.OK, unlock.code(), unlock.out() + unlock.err());
    assertTrue(unlock.out().contains("Lock 9d3f-held-by-nightly released."), unlock.out());
    Run again = tiac("apply", "--sandbox", "--auto-approve");
    assertEquals(ExitCode.OK, again.code(), again.out() + again.err());
  }

  @Test
  void aBackendUserWithoutItsPasswordInTheEnvironmentIsRefused() {
    BackendOptions options = new BackendOptions();
    options.backendUrl = java.util.Optional.of(URI.create("https://gitlab.example/api/v4/projects/1/terraform/state/tiac"));
    options.backendUser = java.util.Optional.of("gitlab-ci-token");
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> StateBackends.settings(options, Map.of()));
    assertTrue(e.getMessage().contains("TIAC_BACKEND_PASSWORD"), e.getMessage());
    var settings = StateBackends.settings(options, Map.of("TIAC_BACKEND_PASSWORD", "s3cret"));
    assertEquals(URI.create("https://gitlab.example/api/v4/projects/1/terraform/state/tiac/lock"), settings.lockAddress());
    assertFalse(settings.toString().contains("s3cret"));
  }

  private static String key() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Test
  void oneHttp500OnASaveIsRetriedAndTheApplySucceeds() throws Exception {
    failingSaves.set(1);
    Run apply = tiac("apply", "--sandbox", "--auto-approve");
    assertEquals(ExitCode.OK, apply.code(), apply.out() + apply.err());
    assertEquals(1, failedSaves.get(), "the backend refused one save");
    assertFalse(Files.exists(dir.resolve(".tiac/state.errored.json")), "no errored state after a retried save");
    Run plan = tiac("plan", "--sandbox", "--detailed-exitcode");
    assertEquals(ExitCode.OK, plan.code(), plan.out() + plan.err());
  }

  @Test
  void aBackendThatKeepsFailingLeavesAnErroredStateThatStatePushPutsBack() throws Exception {
    savesBeforeFailing.set(3); // the creations noted, two changes recorded: then the backend breaks
    failingSaves.set(-1);
    Run apply = tiac("apply", "--sandbox", "--auto-approve");
    assertEquals(ExitCode.ERROR, apply.code(), apply.out() + apply.err());
    Path errored = dir.resolve(".tiac/state.errored.json");
    assertTrue(Files.exists(errored), apply.err());
    // Changes already in flight when the backend broke each save once more; each save is tried 4 times.
    int tries = failedSaves.get();
    assertTrue(tries >= 4 && tries % 4 == 0 && tries <= 4 * 10, tries + " failed tries: each save tried 4 times, at most one save per change in flight (--parallelism 10): " + apply.err());
    assertTrue(apply.err().contains("could not store state at " + server.url("/state") + ": HTTP 500"), apply.err());
    assertTrue(apply.err().contains("The complete state was written to " + errored + ". Do not run apply again until it is pushed"), apply.err());
    assertTrue(apply.out().contains("not started: the state could not be saved"), apply.out());
    assertFalse(apply.out().contains("run apply again to finish") || apply.err().contains("run apply again to finish"), "no contradictory advice:\n" + apply.out() + apply.err());

    Run blocked = tiac("apply", "--sandbox", "--auto-approve");
    assertEquals(ExitCode.ERROR, blocked.code());
    assertTrue(blocked.err().contains("tiac state push"), blocked.err());

    failingSaves.set(0);
    Run push = backendRun(List.of("state", "push"));
    assertEquals(ExitCode.OK, push.code(), push.out() + push.err());
    assertTrue(push.out().contains("Removed " + errored), push.out());
    assertFalse(Files.exists(errored));
    assertTrue(store.storedState().isPresent(), "the pushed state is in the backend");

    Run show = backendRun(List.of("state", "show"));
    assertEquals(ExitCode.OK, show.code(), show.out() + show.err());
    assertTrue(show.out().contains("created by tiac"), show.out());
    Run pull = backendRun(List.of("state", "pull"));
    assertEquals(store.storedState().orElseThrow(), pull.out());

    Run finish = tiac("apply", "--sandbox", "--auto-approve");
    assertEquals(ExitCode.OK, finish.code(), finish.out() + finish.err());
    Run plan = tiac("plan", "--sandbox", "--detailed-exitcode");
    assertEquals(ExitCode.OK, plan.code(), plan.out() + plan.err());
    for (String text : List.of(apply.out(), apply.err(), push.out(), show.out(), pull.out())) {
      assertFalse(text.contains(PASSWORD) || text.contains(CANARY), "a secret leaked: " + text);
    }
  }
}
