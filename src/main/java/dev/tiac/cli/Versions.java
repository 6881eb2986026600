package dev.tiac.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/** The running tiac version (jar manifest), and the commit and build date the build recorded. */
final class Versions {
  private static final String BUILD_PROPERTIES = "/dev/tiac/build.properties";

  private Versions() {}

  static String current() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  /** The lines of {@code tiac --version}: version, commit (marked when the tree had uncommitted changes) and build date. */
  static String[] described() {
    Properties build = build();
    String commit = Optional.ofNullable(build.getProperty("git.commit.id.abbrev")).filter(c -> !c.isBlank())
        .map(c -> "true".equals(build.getProperty("git.dirty")) ? c + " (with uncommitted changes)" : c)
        .orElse("unknown (built outside a git checkout)");
    String date = Optional.ofNullable(build.getProperty("git.build.time")).filter(d -> !d.isBlank()).orElse("unknown");
    return new String[] {"tiac " + current(), "commit: " + commit, "built: " + date};
  }

  private static Properties build() {
    Properties properties = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream(BUILD_PROPERTIES)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUILD_PROPERTIES + " from the jar", e);
    }
    return properties;
  }
}
