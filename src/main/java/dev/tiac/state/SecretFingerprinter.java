package dev.tiac.state;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;

/**
 * Keyed fingerprints of write-only secrets: HMAC-SHA256 under the state key over the resource
 * address, the attribute name and the secret. Binding address and attribute means one password
 * used in two places does not give away that they are equal.
 */
public final class SecretFingerprinter {
  private static final byte[] DOMAIN = "tiac secret fingerprint v1".getBytes(StandardCharsets.UTF_8);

  private final java.util.function.Supplier<StateKey> source;
  private volatile StateKey loaded;

  public SecretFingerprinter(StateKey key) {
    this(() -> key);
  }

  /**
   * Loads the key on first use, so a command that never compares a secret (query, export) never
   * needs one, and a broken or missing key fails only the commands that do.
   */
  public SecretFingerprinter(java.util.function.Supplier<StateKey> key) {
    this.source = key;
  }

  private StateKey key() {
    StateKey k = loaded;
    if (k == null) {
      synchronized (this) {
        if (loaded == null) {
          loaded = source.get();
        }
        k = loaded;
      }
    }
    return k;
  }

  public String keyId() {
    return key().id();
  }

  /** Writes a key made for a first state to its file; see {@link StateKey#keep()}. */
  public void keepKey() {
    key().keep();
  }

  /** The fingerprint of {@code secret}; the caller still owns (and should clear) the array. */
  public Fingerprint fingerprint(String address, String attribute, char[] secret) {
    Mac mac = Hmac.newMac(key().bytes());
    update(mac, DOMAIN);
    update(mac, address.getBytes(StandardCharsets.UTF_8));
    update(mac, attribute.getBytes(StandardCharsets.UTF_8));
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    try {
      update(mac, bytes);
      return new Fingerprint("hmac-sha256:" + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal()));
    } finally {
      Arrays.fill(bytes, (byte) 0);
      if (encoded.hasArray()) {
        Arrays.fill(encoded.array(), (byte) 0);
      }
    }
  }

  /** Whether {@code secret} is the one fingerprinted, compared in constant time. */
  public boolean matches(Fingerprint stored, String address, String attribute, char[] secret) {
    byte[] expected = stored.value().getBytes(StandardCharsets.US_ASCII);
    byte[] actual = fingerprint(address, attribute, secret).value().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, actual);
  }

  /**
   * Refuses a state whose fingerprints were made with another key. A state without fingerprints
   * yet carries no key id and is accepted.
   */
  public void verify(State state) {
    StateKey key = key();
    state.keyId().filter(id -> !id.equals(key.id())).ifPresent(id -> {
      throw new StateKeyMismatchException(id, key);
    });
  }

  @Override
  public String toString() {
    return loaded == null ? "SecretFingerprinter[key not loaded yet]" : "SecretFingerprinter[key " + loaded.id() + "]";
  }

  // Length-prefixed so ("ab", "c") and ("a", "bc") never collide.
  private static void update(Mac mac, byte[] part) {
    mac.update(ByteBuffer.allocate(4).putInt(part.length).array());
    mac.update(part);
  }
}
