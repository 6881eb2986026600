package dev.tiac.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Crash-safe file replacement: a kill at any instant leaves either the old or the new file, never
 * a torn one, and the file is owner-only from the moment it exists (reliability §4).
 */
final class AtomicFiles {
  static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
  static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private AtomicFiles() {}

  /** Creates the directory owner-only (0700) if missing; an existing directory is left alone. */
  static void ensureDirectory(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    Files.createDirectories(dir, attributes(OWNER_DIR));
    if (POSIX) {
      Files.setPosixFilePermissions(dir, OWNER_DIR); // the umask may have narrowed the owner's bits
    }
  }

  /** Temp file in the same directory (0600 at creation), write, fsync, rename, fsync directory. */
  static void replace(Path target, byte[] content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp", attributes(OWNER_FILE));
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    syncDirectory(dir);
  }

  /** Writes a new file that must not exist yet, owner-only from creation, and syncs it. */
  static void createExclusive(Path target, byte[] content) throws IOException {
    try (FileChannel channel = FileChannel.open(target,
        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes(OWNER_FILE))) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
    syncDirectory(target.toAbsolutePath().getParent());
  }

  /** Leftovers of writes killed before their rename; only call while holding the state lock. */
  static void deleteStaleTemps(Path dir, String targetName) {
    try (var stream = Files.newDirectoryStream(dir, "." + targetName + ".*.tmp")) {
      for (Path temp : stream) {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean up temporary files in " + dir, e);
    }
  }

  static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
    return POSIX
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
        : new FileAttribute<?>[0];
  }

  // A rename is atomic but only durable once the directory entry itself is flushed.
  private static void syncDirectory(Path dir) throws IOException {
    if (!POSIX) {
      return; // Windows cannot open a directory as a channel; NTFS journals the rename instead
    }
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }
}
