package dev.tiac.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;

/**
 * HMAC-SHA256 under the state key over a whole document, for one named purpose: it binds a file
 * tiac writes (a saved plan) to the key, so an edit made by hand afterwards is detected. The purpose
 * is part of the MAC, so a MAC made for one kind of document never passes for another.
 */
public final class DocumentMac {
  private static final String PREFIX = "hmac-sha256:";

  private final StateKey key;
  private final byte[] purpose;

  public DocumentMac(StateKey key, String purpose) {
    this.key = key;
    this.purpose = purpose.getBytes(StandardCharsets.UTF_8);
  }

  /** The MAC of {@code content}, as {@code hmac-sha256:<base64url>}. */
  public String sign(byte[] content) {
    Mac mac = Hmac.newMac(key.bytes());
    mac.update(purpose);
    mac.update((byte) 0);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(content));
  }

  /** Whether {@code claimed} is the MAC of {@code content}, compared in constant time. */
  public boolean verify(byte[] content, String claimed) {
    return MessageDigest.isEqual(sign(content).getBytes(StandardCharsets.US_ASCII), claimed.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "DocumentMac[key " + key.id() + "]";
  }
}
