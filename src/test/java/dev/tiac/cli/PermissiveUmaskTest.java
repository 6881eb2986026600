package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under umask 000 (issue 12, item 7) an apply against the sandbox leaves nothing under {@code
 * .tiac/} that the group or others can read, write or enter: state, key, lock files, the
 * sandbox's world and the delivered token are owner-only whatever the umask.
 */
class PermissiveUmaskTest {
  private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
      PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

  @TempDir Path dir;

  @Test
  void nothingTiacWritesUnderItsStateDirIsOpenToOthers() throws IOException, InterruptedException {
    Path file = dir.resolve("acme.yaml");
    Files.writeString(file, Files.readString(Path.of("samples/acme.yaml")));
    ChildJvm jvm = ChildJvm.prepare(dir);
    List<String> command = jvm.command(List.of("apply", "--sandbox", "--auto-approve", "--state-dir", dir.resolve(".tiac").toString(),
        file.toString()));
    String quoted = command.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
    Process process = new ProcessBuilder("sh", "-c", "umask 000; : > umask-probe; exec " + quoted).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
    assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the apply did not finish");
    assertEquals(ExitCode.OK, process.exitValue(), Files.readString(dir.resolve("out.txt")));

    assertEquals("rw-rw-rw-", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("umask-probe"))),
        "a file the shell made shows the umask the apply ran under");
    List<String> open = new ArrayList<>();
    int seen;
    try (Stream<Path> walk = Files.walk(dir.resolve(".tiac"))) {
      List<Path> all = walk.toList();
      seen = all.size();
      for (Path p : all) {
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        mode.retainAll(OTHERS);
        if (!mode.isEmpty()) {
          open.add(dir.relativize(p) + " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
        }
      }
    }
    assertTrue(seen > 5, "the apply wrote " + seen + " entries under .tiac");
    assertTrue(Files.exists(dir.resolve(".tiac/secrets/cas-investigations.token")), "the token was delivered under .tiac");
    assertEquals(List.of(), open, "open to group or others");
  }
}
