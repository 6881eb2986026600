package dev.tiac.providers.console;

import dev.tiac.http.Redactor;
import dev.tiac.http.Secret;
import dev.tiac.plan.desired.DesiredResource;
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
 * outputs for {@code ${ref:cas.token["NAME"].value}}. It is registered for redaction first.
 */
public final class TokenDelivery {
  private final Path baseDirectory;
  private final Redactor redactor;
  private final Map<String, String> outputs = new ConcurrentHashMap<>();

  public TokenDelivery(Path baseDirectory, Redactor redactor) {
    this.baseDirectory = baseDirectory;
    this.redactor = redactor;
  }

  void deliver(DesiredResource token, String value) {
    redactor.register(Secret.of(value));
    outputs.put(token.address().toString(), value);
    file(baseDirectory, token).ifPresent(file -> write(file, value));
  }

  /** The file a token is delivered to, when the file says {@code deliverTo: {file: …}}. */
  public static Optional<Path> file(Path baseDirectory, DesiredResource token) {
    String target = token.attributes().getOrDefault("deliverTo", "refs");
    return target.startsWith("file:") ? Optional.of(baseDirectory.resolve(target.substring("file:".length())).normalize()) : Optional.empty();
  }

  /** The value of a token created in this run, for the resources that refer to it. */
  public Optional<String> output(String address) {
    return Optional.ofNullable(outputs.get(address));
  }

  private static void write(Path file, String value) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".token-", ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(temp, value + "\n", StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot deliver the token to " + file + ": " + e.getClass().getSimpleName(), e);
    }
  }
}
