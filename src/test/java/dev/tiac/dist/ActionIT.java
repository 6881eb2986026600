package dev.tiac.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The action's own shell steps (read from {@code action.yml}), run as a runner runs them
 * ({@code bash -eo pipefail}) with GitHub's files for outputs and the job summary: the install
 * downloads the release from a loopback stand-in for GitHub's release downloads and refuses an
 * archive whose SHA-256 does not match; the run step turns tiac's exit codes into outcomes
 * (plan's changes and apply's pending console steps keep the job green, drift fails it).
 */
class ActionIT {
  private static final Duration LIMIT = Duration.ofMinutes(4);

  @StartStop final MockWebServer github = new MockWebServer();

  @Test
  void installsTheReleaseOnlyWithTheRightChecksumAndReportsOutcomes(@TempDir Path temp) throws IOException, InterruptedException {
    CiTools.command("curl");
    Distribution dist = Distribution.unpack(Files.createDirectories(temp.resolve("built")));
    String version = dist.version();
    byte[] archive = Files.readAllBytes(dist.archive());
    byte[] sums = Files.readAllBytes(dist.archive().resolveSibling(dist.archive().getFileName() + ".sha256"));
    String prefix = "/tiac-dev/tiac/releases/download/v" + version + "/tiac-" + version + ".tar.gz";
    github.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.equals(prefix)) {
          return new MockResponse.Builder().code(200).body(new Buffer().write(archive)).build();
        }
        if (path.equals(prefix + ".sha256")) {
          return new MockResponse.Builder().code(200).body(new Buffer().write(sums)).build();
        }
        return new MockResponse(404, Headers.of(), "Not Found");
      }
    });
    JsonNode steps = YAMLMapper.builder().build().readTree(Path.of("action.yml").toFile()).path("runs").path("steps");
    String install = step(steps, "Install tiac (checksum verified)");
    String run = step(steps, "tiac ${{ inputs.command }}");

    Path home = Files.createDirectories(temp.resolve("home"));
    Map<String, String> base = new HashMap<>(dist.environment(home));
    base.put("PATH", base.get("PATH").replace(dist.bin() + ":", "") + ":/usr/bin:/bin");
    base.put("GITHUB_SERVER_URL", github.url("/").toString().replaceAll("/$", ""));
    base.put("VERSION", version);
    base.put("REPOSITORY", "tiac-dev/tiac");

    Map<String, String> wrong = new HashMap<>(base);
    wrong.put("SHA256", "0".repeat(64));
    wrong.put("DIR", temp.resolve("toolcache-wrong").toString());
    Distribution.Result refused = bash(temp, wrong, install);
    assertNotEquals(0, refused.code(), refused.toString());
    assertTrue((refused.out() + refused.err()).contains("FAILED"), refused.toString());
    assertFalse(Files.exists(temp.resolve("toolcache-wrong/bin/tiac")), "nothing installed from a mismatched archive");

    Path toolcache = temp.resolve("toolcache");
    Map<String, String> good = new HashMap<>(base);
    good.put("SHA256", "");
    good.put("DIR", toolcache.toString());
    Distribution.Result installed = bash(temp, good, install);
    assertEquals(0, installed.code(), installed.toString());
    assertTrue(Files.isExecutable(toolcache.resolve("bin/tiac")));

    Path repo = Files.createDirectories(temp.resolve("repo"));
    Files.copy(Path.of("samples/gitops-repo/tiac.yaml"), repo.resolve("tiac.yaml"));
    Files.createDirectories(repo.resolve("overlays"));
    Files.copy(Path.of("samples/gitops-repo/overlays/production.yaml"), repo.resolve("overlays/production.yaml"));
    Map<String, String> job = new HashMap<>(base);
    job.put("PATH", toolcache.resolve("bin") + ":" + base.get("PATH"));
    job.put("FILES", "tiac.yaml overlays/production.yaml");
    job.put("REPORTS", "tiac-reports");

    Outcome plan = runStep(repo, job, run, "plan", "--sandbox");
    assertEquals(0, plan.result().code(), plan.result().toString());
    assertTrue(plan.outputs().contains("exit-code=2") && plan.outputs().contains("outcome=changes"), plan.outputs());
    assertTrue(Files.size(repo.resolve("tiac-reports/tiac-drift.sarif")) > 0, "SARIF for code scanning");
    assertTrue(plan.summary().contains("drifted"), "the plan in the job summary");

    Outcome apply = runStep(repo, job, run, "apply", "--sandbox --auto-approve");
    assertEquals(0, apply.result().code(), apply.result().toString());
    assertTrue(apply.outputs().contains("exit-code=2") && apply.outputs().contains("outcome=pending"), apply.outputs());
    assertTrue(apply.summary().contains("console steps pending") && apply.summary().contains("tiac attest"), apply.summary());

    Outcome drift = runStep(repo, job, run, "drift", "--sandbox");
    assertEquals(2, drift.result().code(), "drift fails the step: " + drift.result());
    assertTrue(drift.outputs().contains("outcome=drift"), drift.outputs());
  }

  /** What one run of the action's run step left: its process, its outputs file and its job summary. */
  private record Outcome(Distribution.Result result, String outputs, String summary) {}

  private static Outcome runStep(Path repo, Map<String, String> job, String script, String command, String args)
      throws IOException, InterruptedException {
    Path outputs = Files.createTempFile(repo, "output", ".txt");
    Path summary = Files.createTempFile(repo, "summary", ".md");
    Map<String, String> env = new HashMap<>(job);
    env.put("COMMAND", command);
    env.put("ARGS", args);
    env.put("GITHUB_OUTPUT", outputs.toString());
    env.put("GITHUB_STEP_SUMMARY", summary.toString());
    Distribution.Result result = bash(repo, env, script);
    return new Outcome(result, Files.readString(outputs, StandardCharsets.UTF_8), Files.readString(summary, StandardCharsets.UTF_8));
  }

  /** As a runner runs a {@code shell: bash} step. */
  private static Distribution.Result bash(Path cwd, Map<String, String> env, String script) throws IOException, InterruptedException {
    return Distribution.run(cwd, env, LIMIT, List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script));
  }

  private static String step(JsonNode steps, String name) {
    for (JsonNode step : steps) {
      if (name.equals(step.path("name").asString())) {
        return step.path("run").asString();
      }
    }
    throw new AssertionError("action.yml has no step named " + name);
  }
}
