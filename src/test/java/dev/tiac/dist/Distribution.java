package dev.tiac.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The release archive the build packaged ({@code target/tiac-VERSION.tar.gz}, named by the failsafe
 * configuration), unpacked with the system's {@code tar} the way a user would, and the commands
 * run from it with an environment that has Java and the basic tools but neither Maven nor the
 * source tree.
 */
record Distribution(Path archive, Path home, String version) {
  /** The archive, unpacked under {@code dir}; the calling test is skipped when the build made none. */
  static Distribution unpack(Path dir) throws IOException, InterruptedException {
    String archiveName = System.getProperty("tiac.dist.archive", "");
    assumeTrue(!archiveName.isEmpty() && Files.isRegularFile(Path.of(archiveName)),
        "the release archive is built by `mvn package`; this test runs in the verify phase (failsafe)");
    Path archive = Path.of(archiveName);
    String version = System.getProperty("tiac.dist.version");
    Result untar = run(dir, Map.of("PATH", "/usr/bin:/bin"), Duration.ofMinutes(1), "tar", "xzf", archive.toString());
    assertEquals(0, untar.code(), untar.err());
    return new Distribution(archive, dir.resolve("tiac-" + version), version);
  }

  Path bin() {
    return home.resolve("bin");
  }

  /**
   * An environment as a user's shell would have after adding {@code bin/} to the PATH: the Java
   * runtime's directory and a directory of the basic POSIX tools (this machine's /usr/bin also holds
   * Maven, which a user's need not), HOME and the cache in {@code userHome}.
   */
  Map<String, String> environment(Path userHome) throws IOException {
    Path tools = Files.createDirectories(userHome.resolveSibling(userHome.getFileName() + "-tools"));
    for (String tool : BASIC_TOOLS) {
      Path real = Files.exists(Path.of("/usr/bin", tool)) ? Path.of("/usr/bin", tool) : Path.of("/bin", tool);
      Path wrapper = tools.resolve(tool);
      Files.writeString(wrapper, "#!/bin/sh\nexec " + real + " \"$@\"\n", StandardCharsets.UTF_8);
      wrapper.toFile().setExecutable(true);
    }
    Path java = Path.of(System.getProperty("java.home"), "bin");
    return Map.of("PATH", bin() + ":" + java + ":" + tools, "HOME", userHome.toString(),
        "XDG_CACHE_HOME", userHome.resolve(".cache").toString(), "LANG", "C.UTF-8");
  }

  /** What the launchers and a CI script call besides Java. */
  static final List<String> BASIC_TOOLS = List.of("sh", "sed", "head", "mkdir", "mv", "rm", "ls", "cat", "env", "grep",
      "tar", "gzip", "sha256sum", "curl", "jq", "git", "dirname", "cp", "printf", "echo", "test", "tee", "date", "bash");

  /** What a finished process printed and returned. */
  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  /** Runs {@code command} in {@code cwd} with exactly {@code env}, within {@code limit}. */
  static Result run(Path cwd, Map<String, String> env, Duration limit, String... command) throws IOException, InterruptedException {
    return run(cwd, env, limit, List.of(command));
  }

  static Result run(Path cwd, Map<String, String> env, Duration limit, List<String> given) throws IOException, InterruptedException {
    // Through sh, so that the program is looked up on the child's PATH, not this JVM's.
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$@\"", "sh"));
    command.addAll(given);
    Path out = Files.createTempFile("tiac-dist", ".out");
    Path err = Files.createTempFile("tiac-dist", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
      builder.environment().clear();
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        throw new AssertionError(String.join(" ", command) + " did not finish within " + limit.toSeconds() + " s:\n"
            + Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8));
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
