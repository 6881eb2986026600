package dev.tiac.cli;

import dev.tiac.contract.Address;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The commands a run prints for a person to run next ({@code tiac attest} for a pending console step
 * or an unknown check, {@code tiac apply}), written so that they run as printed: the same files,
 * sandbox, state dir and backend as the run that printed them, every word quoted for a POSIX shell
 * where it needs to be.
 */
final class AttestHint {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

  private AttestHint() {}

  static String command(List<Path> files, RunOptions options, Address address) {
    List<String> words = words("attest", files, options);
    words.add("--address");
    words.add(address.toString());
    return String.join(" ", words.stream().map(AttestHint::quoted).toList());
  }

  /** {@code tiac apply} over the same files, state and services. */
  static String applyCommand(List<Path> files, RunOptions options) {
    return String.join(" ", words("apply", files, options).stream().map(AttestHint::quoted).toList());
  }

  private static List<String> words(String command, List<Path> files, RunOptions options) {
    List<String> words = new ArrayList<>(List.of("tiac", command));
    if (options.sandbox) {
      words.add("--sandbox");
    }
    if (!options.stateDir.equals(Path.of(".tiac"))) {
      words.add("--state-dir");
      words.add(options.stateDir.toString());
    }
    options.backend.backendUrl.ifPresent(url -> {
      words.add("--backend-url");
      words.add(url.toString());
    });
    options.backend.backendLockUrl.ifPresent(url -> {
      words.add("--backend-lock-url");
      words.add(url.toString());
    });
    options.backend.backendUser.ifPresent(user -> {
      words.add("--backend-user");
      words.add(user);
    });
    files.forEach(f -> words.add(f.toString()));
    return words;
  }

  /** A word as a POSIX shell reads it back: as it is when plain, else in single quotes. */
  static String quoted(String word) {
    return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
