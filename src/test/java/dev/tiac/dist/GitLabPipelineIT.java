package dev.tiac.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * {@code samples/gitops-repo/.gitlab-ci.yml} run end to end by gitlab-ci-local with the shell
 * executor, in a Git copy of the sample repository, with the release archive's tiac on the PATH
 * and {@code TIAC_TARGET=--sandbox}: a merge request (validate, plan, the comment posted and then
 * edited in place on a loopback stand-in for GitLab's notes API), a push to the default branch
 * (apply, console steps pending under the runbook driver), and the nightly schedule (drift with
 * its Code Quality and JUnit reports).
 */
class GitLabPipelineIT {
  private static final Duration LIMIT = Duration.ofMinutes(5);

  @StartStop final MockWebServer gitlab = new MockWebServer();

  @Test
  void theSampleRepositoryPipelineRunsAgainstTheSandbox(@TempDir Path temp) throws IOException, InterruptedException {
    Path node = CiTools.node22();
    Path cli = CiTools.module("gitlab-ci-local").resolve("dist/index.js");
    for (String tool : List.of("git", "rsync", "jq", "curl")) {
      CiTools.command(tool);
    }
    Distribution dist = Distribution.unpack(Files.createDirectories(temp.resolve("opt")));
    Path repo = copyAsGitRepository(Path.of("samples/gitops-repo"), temp.resolve("northwind-setup"), dist, temp);
    Notes notes = new Notes();
    gitlab.setDispatcher(notes);
    Map<String, String> env = new HashMap<>(dist.environment(Files.createDirectories(temp.resolve("home"))));
    env.put("PATH", env.get("PATH") + ":/usr/bin:/bin");   // gitlab-ci-local itself needs git and rsync

    // A merge request, twice: one plan comment, edited in place the second time.
    for (int push = 1; push <= 2; push++) {
      Distribution.Result mr = pipeline(node, cli, repo, env, "merge_request_event", "--variable", "CI_MERGE_REQUEST_IID=7",
          "--variable", "GITLAB_API_TOKEN=glpat-test", "--variable", "CI_API_V4_URL=" + gitlab.url("/api/v4"));
      assertEquals(0, mr.code(), mr.toString());
      assertTrue(mr.out().contains("PASS  validate") && mr.out().contains("PASS  plan"), mr.toString());
    }
    assertEquals(List.of("GET", "POST", "GET", "PUT"), notes.methods(), "one comment, then the same one updated");
    assertEquals(1, notes.stored().size());
    String comment = notes.stored().get(0);
    assertTrue(comment.startsWith("<!-- tiac-plan -->") && comment.contains("drifted"), comment);
    JsonNode quality = JsonMapper.shared().readTree(Files.readString(repo.resolve("reports/tiac-drift.codequality.json")));
    assertTrue(quality.size() > 0, "drift on the YAML lines of the merge request");
    for (JsonNode issue : quality) {
      assertTrue(issue.path("location").path("path").asString().matches("tiac\\.yaml|overlays/production\\.yaml"), issue.toString());
    }
    assertTrue(Files.readString(repo.resolve("reports/tiac-drift.xml")).contains("<testsuite"));

    // The default branch: apply leaves console steps pending (allowed exit 2), not a failure.
    Distribution.Result main = pipeline(node, cli, repo, env, "push");
    assertEquals(0, main.code(), main.toString());
    assertTrue(main.out().contains("WARN  apply"), main.toString());
    assertTrue(Files.readString(repo.resolve("reports/pending-steps.txt")).contains("tiac attest"), "the steps are kept");

    // The schedule: drift is the alarm (exit 2 fails the job) with every report written.
    Distribution.Result nightly = pipeline(node, cli, repo, env, "schedule");
    assertTrue(nightly.out().contains("FAIL  drift"), nightly.toString());
    for (String report : List.of("tiac-drift.codequality.json", "tiac-drift.xml", "tiac-drift.html", "tiac-drift.sarif")) {
      assertTrue(Files.size(repo.resolve("reports").resolve(report)) > 0, report);
    }
    assertTrue(nightly.out().contains("investigations"), "the investigations ran: " + nightly);
  }

  private static Distribution.Result pipeline(Path node, Path cli, Path repo, Map<String, String> env, String source, String... more)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(node.toString(), cli.toString(), "--force-shell-executor",
        "--ignore-predefined-vars", "CI_PIPELINE_SOURCE,CI_MERGE_REQUEST_IID,CI_API_V4_URL",
        "--variable", "CI_PIPELINE_SOURCE=" + source, "--variable", "TIAC_TARGET=--sandbox"));
    command.addAll(List.of(more));
    return Distribution.run(repo, env, LIMIT, command);
  }

  /** The sample copied into a fresh Git repository with an origin, as gitlab-ci-local expects one. */
  private static Path copyAsGitRepository(Path sample, Path repo, Distribution dist, Path temp) throws IOException, InterruptedException {
    try (Stream<Path> files = Files.walk(sample)) {
      for (Path from : files.toList()) {
        Path to = repo.resolve(sample.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Map<String, String> env = Map.of("PATH", "/usr/bin:/bin", "HOME", temp.toString(),
        "GIT_AUTHOR_NAME", "t", "GIT_AUTHOR_EMAIL", "t@example.com", "GIT_COMMITTER_NAME", "t", "GIT_COMMITTER_EMAIL", "t@example.com");
    for (String step : List.of("git init -q -b main", "git remote add origin https://gitlab.example.com/northwind/setup.git",
        "git add -A", "git commit -q -m sample", "git update-ref refs/remotes/origin/main HEAD",
        "git symbolic-ref refs/remotes/origin/HEAD refs/remotes/origin/main")) {
      Distribution.Result git = Distribution.run(repo, env, LIMIT, List.of("sh", "-c", step));
      assertEquals(0, git.code(), step + ": " + git);
    }
    return repo;
  }

  /** GitLab's merge-request notes API, as far as the pipeline uses it: list, create, edit. */
  private static final class Notes extends Dispatcher {
    private final List<String> methods = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    List<String> methods() {
      return List.copyOf(methods);
    }

    List<String> stored() {
      return List.copyOf(bodies);
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
      String path = request.getUrl().encodedPath();
      if (!"glpat-test".equals(request.getHeaders().get("PRIVATE-TOKEN")) || !path.matches("/api/v4/projects/[^/]+/merge_requests/7/notes(/\\d+)?")) {
        return new MockResponse(404, Headers.of("Content-Type", "application/json"), "{\"message\":\"404 Not Found\"}");
      }
      methods.add(request.getMethod());
      switch (request.getMethod()) {
        case "GET" -> {
          ArrayNode list = JsonMapper.shared().createArrayNode();
          list.addObject().put("id", 55).put("body", "LGTM");
          for (int i = 0; i < bodies.size(); i++) {
            list.addObject().put("id", 101 + i).put("body", bodies.get(i));
          }
          return new MockResponse(200, Headers.of("Content-Type", "application/json"), list.toString());
        }
        case "POST" -> bodies.add(body(request));
        case "PUT" -> {
          int index = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1)) - 101;
          bodies.set(index, body(request));
        }
        default -> {
          return new MockResponse(405, Headers.of(), "");
        }
      }
      return new MockResponse(200, Headers.of("Content-Type", "application/json"), "{}");
    }

    private static String body(RecordedRequest request) {
      String form = request.getBody() == null ? "" : request.getBody().utf8();
      return URLDecoder.decode(form.replaceFirst("^body=", ""), StandardCharsets.UTF_8);
    }
  }
}
