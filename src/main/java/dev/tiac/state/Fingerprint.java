package dev.tiac.state;

import java.util.regex.Pattern;

/**
 * A keyed fingerprint of a write-only secret ({@code hmac-sha256:<base64url>}). Only tells whether
 * a secret changed; without the state key it cannot be used to confirm a guess.
 */
public record Fingerprint(String value) {
  private static final Pattern FORMAT = Pattern.compile("hmac-sha256:[A-Za-z0-9_-]{43}");

  public Fingerprint {
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a tiac secret fingerprint (expected hmac-sha256:…)");
    }
  }
}
