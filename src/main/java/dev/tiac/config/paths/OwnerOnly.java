package dev.tiac.config.paths;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Directories tiac creates for what it keeps (state, sandbox world, delivered secrets): 0700
 * whatever the umask. Directories that already exist are left as their owner set them.
 */
public final class OwnerOnly {
  private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private OwnerOnly() {}

  /** Creates {@code dir} and any missing parents, each owner-only. */
  public static void directories(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      return;
    }
    Path parent = absolute.getParent();
    if (parent != null) {
      directories(parent);
    }
    FileAttribute<?>[] attributes = POSIX
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(DIRECTORY)} : new FileAttribute<?>[0];
    try {
      Files.createDirectory(absolute, attributes);
    } catch (java.nio.file.FileAlreadyExistsException raced) {
      return; // made by another run in the meantime, or a file: the caller's next step says which
    }
    if (POSIX) {
      Files.setPosixFilePermissions(absolute, DIRECTORY); // a umask may have taken the owner's bits
    }
  }
}
