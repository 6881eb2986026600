package dev.tiac.http;

import java.util.Objects;

/**
 * A credential value that never prints itself. Only the code that puts it on the wire calls
 * {@link #reveal()}; everything else (records, logs, exceptions) sees {@code (sensitive)}.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  public static Secret of(String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException("a secret must not be empty");
    }
    return new Secret(value);
  }

  /** The plain value, for the single place that signs or sends it. */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "(sensitive)";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret s && java.security.MessageDigest.isEqual(
        s.value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
