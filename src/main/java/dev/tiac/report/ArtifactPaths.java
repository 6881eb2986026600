package dev.tiac.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How a report names a desired-state file: code-scanning views resolve a path against the
 * repository root, while tiac was given it relative to the working directory (a job may run in a
 * sub-directory, or name files from elsewhere). With a root, a file under it is named relative
 * to it; a file outside it, or with no root, is named as given.
 */
public record ArtifactPaths(Optional<Path> root, Path workingDirectory) {
  public ArtifactPaths {
    root = root.map(r -> r.toAbsolutePath().normalize());
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
  }

  /** Names files as they were given. */
  public static ArtifactPaths asGiven() {
    return new ArtifactPaths(Optional.empty(), Path.of(""));
  }

  /**
   * The root given ({@code --sarif-root}), else the nearest directory at or above the working
   * directory that holds {@code .git} (a directory, or a file in a worktree or submodule).
   */
  public static ArtifactPaths detect(Optional<Path> given, Path workingDirectory) {
    Path cwd = workingDirectory.toAbsolutePath().normalize();
    Optional<Path> root = given.or(() -> {
      for (Path dir = cwd; dir != null; dir = dir.getParent()) {
        if (Files.exists(dir.resolve(".git"))) {
          return Optional.of(dir);
        }
      }
      return Optional.empty();
    });
    return new ArtifactPaths(root, cwd);
  }

  /** {@code file} relative to the root, with forward slashes, when it lies under the root. */
  public String name(String file) {
    if (root.isEmpty()) {
      return file;
    }
    Path absolute = workingDirectory.resolve(file).normalize();
    return absolute.startsWith(root.get()) ? root.get().relativize(absolute).toString().replace('\\', '/') : file;
  }
}
