package dev.tiac.sandbox.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Files holding the sandbox's own secrets are readable by their owner only. */
public final class Restricted {
  private Restricted() {}

  public static void ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (Windows): the user profile's ACL is what protects the file there.
    }
  }

  /** Creates {@code dir} and its missing parents owner-only (0700), whatever the umask. */
  public static void directories(Path dir) throws IOException {
    dev.tiac.config.paths.OwnerOnly.directories(dir);
  }

  /** Writes through a temporary sibling and a rename, so a crash never leaves half a file. */
  public static void writeAtomically(Path file, String text) throws IOException {
    directories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, text);
    ownerOnly(tmp);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
