package dev.tiac.providers.apexcentral;

import java.util.Objects;
import java.util.Optional;

/**
 * A user-defined suspicious object. {@code type} is the wire value: {@code ip}, {@code url},
 * {@code file_sha1} or {@code domain} when adding; listings report SHA-1 entries as {@code file}.
 */
public record Udso(String type, String content, String notes, String scanAction,
    Optional<String> expirationUtcDate) {
  public Udso {
    Objects.requireNonNull(type);
    Objects.requireNonNull(content);
    Objects.requireNonNull(notes);
    Objects.requireNonNull(scanAction);
    Objects.requireNonNull(expirationUtcDate);
    if (notes.length() > 256) {
      throw new IllegalArgumentException("UDSO notes are limited to 256 characters");
    }
    if (!scanAction.equals("log") && !scanAction.equals("block")) {
      throw new IllegalArgumentException("UDSO scan_action must be log or block: " + scanAction);
    }
  }
}
