package dev.tiac.providers.console;

import dev.tiac.config.paths.ContainedPaths;
import dev.tiac.config.paths.OwnerOnly;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.Value;
import dev.tiac.http.Redactor;
import dev.tiac.http.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a generated token goes: a file written 0600 next to the desired state, and this run's
 * outputs for {@code ${ref:cas.token["NAME"].value}}. It is registered for redaction first. The
 * file must stay in the repository ({@link ContainedPaths}), and a file tiac did not create is
 * never written over: each directory tiac delivers to keeps, in {@value #CREATED}, the names of
 * the token files tiac made there, noted before the file is written.
 */
public final class TokenDelivery {
  /** The record, in each directory tokens are delivered to, of the files tiac created there. */
  public static final String CREATED = ".tiac-delivered";

  private final Path baseDirectory;
  private final ContainedPaths paths;
  private final Redactor redactor;
  private final Map<String, String> outputs = new ConcurrentHashMap<>();

  public TokenDelivery(Path baseDirectory, Redactor redactor) {
    this(baseDirectory, ContainedPaths.of(baseDirectory, tools.jackson.databind.node.MissingNode.getInstance()), redactor);
  }

  /** With the file's own path rules (its {@code paths.allowOutsideRepository}). */
  public TokenDelivery(Path baseDirectory, ContainedPaths paths, Redactor redactor) {
    this.baseDirectory = baseDirectory;
    this.paths = paths;
    this.redactor = redactor;
  }

  void deliver(DesiredResource token, String value) {
    redactor.register(Secret.of(value));
    outputs.put(token.address().toString(), value);
    String target = Value.textOf(token.attributes(), "deliverTo", "refs");
    if (target.startsWith("file:")) {
      write(paths.require(target.substring("file:".length()), token.address() + " deliverTo.file"), value);
    }
  }

  /** The file a token is delivered to, when the file says {@code deliverTo: {file: …}}. */
  public static Optional<Path> file(Path baseDirectory, DesiredResource token) {
    String target = Value.textOf(token.attributes(), "deliverTo", "refs");
    return target.startsWith("file:") ? Optional.of(baseDirectory.resolve(target.substring("file:".length())).normalize()) : Optional.empty();
  }

  /** The value of a token created in this run, for the resources that refer to it. */
  public Optional<String> output(String address) {
    return Optional.ofNullable(outputs.get(address));
  }

  private static void write(Path file, String value) {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    try {
      OwnerOnly.directories(dir);
      Path record = dir.resolve(CREATED);
      java.util.Set<String> created = readCreated(record);
      String name = target.getFileName().toString();
      if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !created.contains(name)) {
        throw new IllegalStateException("will not deliver the token to " + target + ": the file exists and tiac did not create it"
            + " (it is not listed in " + record + "). Move it away or choose another deliverTo.file.");
      }
      if (created.add(name)) {
        // Noted before the token is written: a run killed in between still knows the file is its own.
        replace(record, String.join("\n", new java.util.TreeSet<>(created)) + "\n");
      }
      replace(target, value + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot deliver the token to " + file + ": " + e.getClass().getSimpleName(), e);
    }
  }

  private static java.util.Set<String> readCreated(Path record) throws IOException {
    if (!Files.exists(record)) {
      return new java.util.TreeSet<>();
    }
    return new java.util.TreeSet<>(Files.readAllLines(record, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList());
  }

  private static void replace(Path file, String content) throws IOException {
    Path temp = Files.createTempFile(file.getParent(), ".token-", ".tmp",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      Files.writeString(temp, content, StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
