package dev.tiac.state;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256, which every JDK must provide. */
final class Hmac {
  static final String ALGORITHM = "HmacSHA256";

  private Hmac() {}

  static Mac newMac(byte[] key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK lacks " + ALGORITHM, e);
    }
  }

  static byte[] sign(byte[] key, String label) {
    return newMac(key).doFinal(label.getBytes(StandardCharsets.UTF_8));
  }
}
