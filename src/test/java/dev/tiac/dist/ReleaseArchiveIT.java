package dev.tiac.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release as a security team meets it: the archive unpacked into an empty directory, its
 * {@code bin/} on the PATH, and tiac run from another directory that holds only a setup file — no
 * Maven, no source tree, nothing but a Java runtime.
 */
class ReleaseArchiveIT {
  private static final Duration LIMIT = Duration.ofMinutes(3);

  @Test
  void theUnpackedReleaseValidatesPlansAgainstTheSandboxAndNamesItsVersionFromAnyDirectory(@TempDir Path temp)
      throws IOException, InterruptedException {
    Path unpacked = Files.createDirectories(temp.resolve("opt"));
    Distribution dist = Distribution.unpack(unpacked);
    Path work = Files.createDirectories(temp.resolve("setup-repo"));
    Path user = Files.createDirectories(temp.resolve("home"));
    Files.copy(dist.home().resolve("samples/acme.yaml"), work.resolve("tiac.yaml"));
    Map<String, String> env = dist.environment(user);

    assertTrue(Files.getPosixFilePermissions(dist.bin().resolve("tiac")).contains(PosixFilePermission.OWNER_EXECUTE),
        "bin/tiac is executable as unpacked");
    Distribution.Result which = Distribution.run(work, env, LIMIT, "sh", "-c", "command -v tiac; command -v mvn || echo no-maven");
    assertEquals(dist.bin().resolve("tiac") + "\nno-maven\n", which.out(), which.toString());

    Distribution.Result version = Distribution.run(work, env, LIMIT, "tiac", "--version");
    assertEquals(0, version.code(), version.toString());
    assertTrue(version.out().contains(dist.version()), version.toString());
    // Where the build recorded the commit it was made from, the version line names it.
    try (ZipFile jar = new ZipFile(dist.home().resolve("lib/tiac.jar").toFile())) {
      ZipEntry recorded = jar.getEntry("dev/tiac/build.properties");
      if (recorded != null) {
        Properties build = new Properties();
        build.load(jar.getInputStream(recorded));
        String commit = build.getProperty("git.commit.id.abbrev", "");
        assertTrue(commit.isBlank() || version.out().contains(commit), "names commit " + commit + ": " + version);
      }
    }

    Distribution.Result validate = Distribution.run(work, env, LIMIT, "tiac", "validate", "tiac.yaml");
    assertEquals(0, validate.code(), validate.toString());
    assertTrue(validate.out().startsWith("tiac.yaml: valid"), validate.toString());

    Distribution.Result plan = Distribution.run(work, env, LIMIT, "tiac", "plan", "--sandbox", "--no-color", "tiac.yaml");
    assertEquals(0, plan.code(), plan.toString());
    assertTrue(plan.out().contains("Plan: "), plan.toString());
    assertTrue(Files.isDirectory(work.resolve(".tiac/sandbox")), "the sandbox world is kept beside the setup file");

    // The start-up options survive packaging: a class-data archive made once, in the user's cache.
    Path archive = user.resolve(".cache/tiac/" + dist.version() + "/tiac.jsa");
    assertTrue(Files.size(archive) > 1_000_000, "class-data archive in " + archive);
    try (var listing = Files.list(dist.home())) {
      assertFalse(listing.anyMatch(p -> p.getFileName().toString().equals("pom.xml")), "no source tree in the release");
    }
  }

  @Test
  void everyPublishedFileHasASha256SumThatMatchesAndTheZipHoldsTheSameLaunchers(@TempDir Path temp)
      throws IOException, InterruptedException {
    Distribution dist = Distribution.unpack(temp);
    Path target = dist.archive().getParent();
    for (String name : new String[] {dist.archive().getFileName().toString(), "tiac-" + dist.version() + ".zip",
        "tiac-" + dist.version() + ".cdx.json", "tiac.jar"}) {
      String line = Files.readString(target.resolve(name + ".sha256"), StandardCharsets.UTF_8);
      assertTrue(line.matches("[0-9a-f]{64}  " + Pattern.quote(name) + "\\s*"), line);
      Distribution.Result check = Distribution.run(target, Map.of("PATH", "/usr/bin:/bin"), LIMIT, "sha256sum", "-c", name + ".sha256");
      assertEquals(0, check.code(), check.toString());
    }
    try (ZipFile zip = new ZipFile(target.resolve("tiac-" + dist.version() + ".zip").toFile())) {
      String prefix = "tiac-" + dist.version() + "/";
      for (String entry : new String[] {"bin/tiac", "bin/tiac.cmd", "lib/tiac.jar", "lib/tiac.cdx.json", "samples/acme.yaml"}) {
        assertTrue(zip.getEntry(prefix + entry) != null, "zip holds " + entry);
      }
      String cmd = new String(zip.getInputStream(zip.getEntry(prefix + "bin/tiac.cmd")).readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(cmd.contains("\r\n"), "the Windows launcher has CRLF line ends");
      assertTrue(cmd.contains("TIAC_VERSION=" + dist.version()), "the Windows launcher names its version");
    }
    String sbom = Files.readString(dist.home().resolve("lib/tiac.cdx.json"), StandardCharsets.UTF_8);
    assertTrue(sbom.contains("\"bomFormat\" : \"CycloneDX\"") || sbom.contains("\"bomFormat\":\"CycloneDX\""), "a CycloneDX SBOM");
    assertTrue(sbom.contains("picocli"), "the SBOM lists the bundled libraries");
  }
}
