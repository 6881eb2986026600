package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths in a file stay in its repository (issue 12, item 3): a corpus of escapes (../, absolute,
 * a symlink out, ~, NUL, a very long path) in every kind of path field is refused with its
 * file:line:column, nothing runs and nothing outside the repository is written; the opt-in lets
 * a listed place through; a delivered token never replaces a file tiac did not create.
 */
class PathContainmentTest {
  @TempDir Path dir;
  private Path repo;
  private Path outside;
  private Path file;

  @BeforeEach
  void repository() throws IOException {
    repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), "outside-secret-3f1a\n");
    Files.createDirectories(repo.resolve("setup"));
    Files.createSymbolicLink(repo.resolve("setup/escape"), outside);
    file = repo.resolve("setup/acme.yaml");
  }

  private String sample() throws IOException {
    return Files.readString(Path.of("samples/acme.yaml"))
        .replace("${env:TIAC_CLP_PASSWORD}", "${file:clp-password.txt}")
        .replace(".tiac/secrets/cas-investigations.token", "secrets/cas-investigations.token");
  }

  @Test
  void everyEscapeIsRefusedWithItsLineAndNothingOutsideIsWritten() throws IOException {
    Files.writeString(repo.resolve("setup/clp-password.txt"), "canary-paths-77\n");
    String yaml = sample()
        .replace("secrets/cas-investigations.token", "../../outside/stolen.token")
        .replace("caFile: certs/acme-root-ca.pem", "caFile: /etc/ssl/certs/ca-certificates.crt")
        .replace("${file:clp-password.txt}", "${file:escape/secret.txt}")
        .replace("fixture: fixtures/invoice-phish", "fixture: ~/fixtures/invoice-phish")
        + "\n";
    String longPath = "a/".repeat(2100) + "x.pem";
    yaml = yaml.replace("    requestsPerMinute: 18\n", "    requestsPerMinute: 18\n    caFile: \"" + longPath + "\"\n");
    Files.writeString(file, yaml);
    Set<String> before = listing(dir);

    CliRun validate = CliRun.of("validate", file.toString());
    assertEquals(ExitCode.ERROR, validate.code(), validate.out() + validate.err());
    List<String> errors = validate.err().lines().filter(l -> l.contains(": error: ")).toList();
    assertTrue(contains(errors, lineOf(yaml, "../../outside/stolen.token"), "deliverTo.file \"../../outside/stolen.token\" leaves the repository " + repo.toRealPath()), validate.err());
    assertTrue(contains(errors, lineOf(yaml, "caFile: /etc/ssl"), "caFile \"/etc/ssl/certs/ca-certificates.crt\" is absolute"), validate.err());
    assertTrue(contains(errors, lineOf(yaml, "${file:escape/secret.txt}"), "${file:…} path \"escape/secret.txt\" leads through a symbolic link to " + outside.toRealPath().resolve("secret.txt")), validate.err());
    assertTrue(contains(errors, lineOf(yaml, "fixture: ~/fixtures"), "fixture \"~/fixtures/invoice-phish\" starts with ~"), validate.err());
    assertTrue(contains(errors, lineOf(yaml, "caFile: \"a/a/"), "characters long; paths are limited to 4096"), validate.err());
    assertFalse(validate.err().contains("outside-secret-3f1a"), "the file outside was never read into a message");

    CliRun apply = CliRun.withState(repo.resolve(".tiac"), "apply", "--sandbox", "--auto-approve", file.toString());
    assertEquals(ExitCode.ERROR, apply.code(), apply.out() + apply.err());
    assertTrue(apply.err().contains("nothing was applied"), apply.err());
    assertEquals(before, listing(dir).stream().filter(p -> !p.startsWith("repo/.tiac")).collect(java.util.stream.Collectors.toSet()),
        "nothing written outside the repository (nor in it, but for the state dir)");
    assertFalse(Files.exists(outside.resolve("stolen.token")));
  }

  @Test
  void aNulInAPathIsRefused() throws IOException {
    String yaml = sample().replace("fixture: fixtures/invoice-phish", "fixture: \"fixtures/inv\\0oice\"");
    Files.writeString(file, yaml);
    CliRun validate = CliRun.of("validate", file.toString());
    assertEquals(ExitCode.ERROR, validate.code(), validate.out() + validate.err());
    assertTrue(validate.err().contains(lineOf(yaml, "fixture: \"fixtures/inv")) && validate.err().contains("contains a NUL character"), validate.err());
  }

  @Test
  void aPlaceListedInTheOptInMayBeReached() throws IOException {
    Files.writeString(file, sample().replace("${file:clp-password.txt}", "${file:../../outside/secret.txt}")
        + "paths:\n  allowOutsideRepository:\n    - " + outside + "\n");
    CliRun validate = CliRun.of("validate", file.toString());
    assertEquals(ExitCode.OK, validate.code(), validate.out() + validate.err());
    Files.writeString(file, Files.readString(file).replace("    - " + outside, "    - relative/place"));
    CliRun relative = CliRun.of("validate", file.toString());
    assertEquals(ExitCode.ERROR, relative.code());
    assertTrue(relative.err().contains("paths.allowOutsideRepository lists \"relative/place\", which is not an absolute path"), relative.err());
  }

  @Test
  void aTokenIsNeverDeliveredOverAFileTiacDidNotCreate() throws IOException {
    Files.writeString(repo.resolve("setup/clp-password.txt"), "canary-paths-78\n");
    Files.writeString(file, sample());
    Path token = Files.createDirectories(repo.resolve("setup/secrets")).resolve("cas-investigations.token");
    Files.writeString(token, "someone else's file\n");
    CliRun apply = CliRun.withState(repo.resolve(".tiac"), "apply", "--sandbox", "--auto-approve", file.toString());
    assertEquals(ExitCode.ERROR, apply.code(), apply.out() + apply.err());
    assertTrue(apply.err().contains("the file exists and tiac did not create it"), apply.err());
    assertEquals("someone else's file\n", Files.readString(token));

    Files.delete(token);
    CliRun again = CliRun.withState(repo.resolve(".tiac"), "apply", "--sandbox", "--auto-approve", file.toString());
    assertEquals(ExitCode.OK, again.code(), again.out() + again.err());
    assertEquals(List.of("cas-investigations.token"), Files.readAllLines(token.resolveSibling(".tiac-delivered")));
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(token)));
  }

  /** ":N:" for the first line of {@code yaml} holding {@code text}: the sample's layout may change, the rule may not. */
  private static String lineOf(String yaml, String text) {
    List<String> lines = yaml.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return ":" + (i + 1) + ":";
      }
    }
    throw new AssertionError("the test file has no line with " + text);
  }

  private static boolean contains(List<String> errors, String line, String text) {
    return errors.stream().anyMatch(e -> e.contains("acme.yaml" + line) && e.contains(text));
  }

  private static Set<String> listing(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(p -> root.relativize(p).toString()).collect(java.util.stream.Collectors.toSet());
    }
  }
}
