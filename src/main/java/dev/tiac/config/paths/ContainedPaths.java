package dev.tiac.config.paths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Resolves the paths a desired-state file names and refuses those that leave its repository: the
 * nearest ancestor of the file's directory holding {@code .git}, else that directory. A path that
 * resolves inside but whose real path (symlinks followed, as far as it exists) is outside is
 * refused too. {@code ~} (never expanded), NUL and over-long paths are refused always; absolute
 * paths and paths outside only when they lie under a place the file lists in {@code
 * paths.allowOutsideRepository}.
 */
public final class ContainedPaths {
  /** Longest path accepted, and longest single name in it (the usual PATH_MAX and NAME_MAX). */
  static final int MAX_LENGTH = 4096;
  static final int MAX_NAME = 255;
  /** Where the opt-in lives in a desired-state file. */
  public static final String OPT_IN = "/paths/allowOutsideRepository";

  private final Path base;
  private final Path root;
  private final List<Path> allowedOutside;

  private ContainedPaths(Path base, Path root, List<Path> allowedOutside) {
    this.base = base;
    this.root = root;
    this.allowedOutside = List.copyOf(allowedOutside);
  }

  /** For a file whose directory is {@code base}, with the opt-in read from its tree. */
  public static ContainedPaths of(Path base, JsonNode tree) {
    Path dir = base.toAbsolutePath().normalize();
    List<Path> allowed = new java.util.ArrayList<>();
    tree.at(OPT_IN).forEach(p -> {
      Path place = Path.of(p.asString());
      if (place.isAbsolute()) {
        allowed.add(real(place.normalize()));
      }
    });
    return new ContainedPaths(dir, real(repositoryRoot(dir)), allowed);
  }

  /** The nearest directory from {@code dir} upwards with a {@code .git} (a directory or a worktree's file), else {@code dir}. */
  static Path repositoryRoot(Path dir) {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return p;
      }
    }
    return dir;
  }

  public Path root() {
    return root;
  }

  /** Resolves {@code raw}; the problem otherwise, worded to follow the field's name. */
  public Resolved resolve(String raw) {
    if (raw.isEmpty()) {
      return new Resolved.Refused("is empty");
    }
    if (raw.indexOf('\0') >= 0) {
      return new Resolved.Refused("contains a NUL character");
    }
    if (raw.length() > MAX_LENGTH) {
      return new Resolved.Refused("is " + raw.length() + " characters long; paths are limited to " + MAX_LENGTH);
    }
    for (String name : raw.split("[/\\\\]")) {
      if (name.length() > MAX_NAME) {
        return new Resolved.Refused("has a name of " + name.length() + " characters; names are limited to " + MAX_NAME);
      }
    }
    if (raw.startsWith("~")) {
      return new Resolved.Refused("starts with ~, which tiac does not expand; write it relative to the file");
    }
    Path given;
    try {
      given = Path.of(raw);
    } catch (InvalidPathException e) {
      return new Resolved.Refused("is not a valid path (" + e.getReason() + ")");
    }
    boolean absolute = given.isAbsolute() || raw.startsWith("/") || raw.startsWith("\\") || raw.matches("^[A-Za-z]:.*");
    Path resolved = base.resolve(given).normalize();
    Path real = real(resolved);
    if (allowedOutside.stream().anyMatch(real::startsWith)) {
      return new Resolved.Inside(resolved);
    }
    String optIn = " (list the place in paths.allowOutsideRepository to allow it)";
    if (absolute) {
      return new Resolved.Refused("is absolute; paths are relative to the file and stay in its repository " + root + optIn);
    }
    if (!resolved.startsWith(root)) {
      return new Resolved.Refused("leaves the repository " + root + optIn);
    }
    if (!real.startsWith(root)) {
      return new Resolved.Refused("leads through a symbolic link to " + real + ", outside the repository " + root + optIn);
    }
    return new Resolved.Inside(resolved);
  }

  /** Resolves {@code raw} or throws, naming {@code what} it is (e.g. "deliverTo.file"). */
  public Path require(String raw, String what) {
    Resolved outcome = resolve(raw);
    if (outcome instanceof Resolved.Refused refused) {
      throw new PathRefusedException(what + " \"" + printable(raw) + "\" " + refused.problem());
    }
    return ((Resolved.Inside) outcome).path();
  }

  /** A path shown in a message: control characters (NUL among them) escaped, long ones cut. */
  public static String printable(String raw) {
    String shown = raw.length() > 80 ? raw.substring(0, 77) + "..." : raw;
    StringBuilder out = new StringBuilder();
    shown.codePoints().forEach(cp -> out.append(Character.isISOControl(cp) ? String.format("\\u%04x", cp) : Character.toString(cp)));
    return out.toString();
  }

  /**
   * The real path of the deepest part of {@code path} that exists, with the rest appended: a file
   * not written yet is judged by the directory it would land in.
   */
  static Path real(Path path) {
    Path existing = path;
    Path rest = path.getFileSystem().getPath("");
    while (existing != null) {
      try {
        return existing.toRealPath().resolve(rest).normalize();
      } catch (IOException e) {
        Path name = existing.getFileName();
        rest = name == null ? rest : name.resolve(rest);
        existing = existing.getParent();
      }
    }
    return path;
  }

  /** The outcome of resolving one path. */
  public sealed interface Resolved {
    /** Allowed: inside the repository or under an opted-in place. */
    record Inside(Path path) implements Resolved {}

    /** Refused; {@code problem} completes a sentence that starts with the path. */
    record Refused(String problem) implements Resolved {}
  }
}
