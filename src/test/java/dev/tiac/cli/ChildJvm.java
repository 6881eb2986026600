package dev.tiac.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The command line of a tiac child JVM for tests that start many: the test class path with
 * tiac's classes packed in a jar (class-data sharing archives classes from jars only), and, once
 * a first child has run to its end, a dynamic archive of every class it loaded.
 */
final class ChildJvm {
  /**
   * Short runs pay mostly for start-up: C1 only, a small collector, and no verification of class
   * files javac just wrote; the archive then saves most of the class loading.
   */
  private static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
      "-XX:-UsePerfData", "-XX:+UnlockDiagnosticVMOptions", "-XX:-BytecodeVerificationRemote", "-Xlog:disable");

  private final String classPath;
  private final Path archive;

  private ChildJvm(String classPath, Path archive) {
    this.classPath = classPath;
    this.archive = archive;
  }

  /** Packs tiac's classes into {@code dir}; the archive will be written there too. */
  static ChildJvm prepare(Path dir) {
    try {
      Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path jar = dir.resolve("tiac-classes.jar");
      if (Files.isDirectory(classes)) {
        pack(classes, jar);
      } else {
        jar = classes;
      }
      List<String> path = new ArrayList<>(List.of(jar.toString()));
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (entry.endsWith(".jar") && !Path.of(entry).equals(classes)) {
          path.add(entry);
        }
      }
      return new ChildJvm(String.join(File.pathSeparator, path), dir.resolve("tiac-child.jsa"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code java … Main args}. The first command dumps the archive when its JVM exits normally;
   * later ones use it if that worked (a child killed mid-run never writes one).
   */
  List<String> command(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(FLAGS);
    command.add(Files.exists(archive) ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + archive);
    command.addAll(List.of("-cp", classPath, Main.class.getName()));
    command.addAll(args);
    return command;
  }

  private static void pack(Path classes, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
        Stream<Path> walk = Files.walk(classes)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace(File.separatorChar, '/')));
        Files.copy(p, out);
        out.closeEntry();
      }
    }
  }
}
