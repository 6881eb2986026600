package dev.tiac.sandbox.world;

import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.UUID;

/** Deterministic identifiers drawn from the world's seeded generator. */
final class Ids {
  private Ids() {}

  static String guid(SplittableRandom r) {
    long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
    long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(hi, lo).toString();
  }

  static String hex(SplittableRandom r, int bytes) {
    byte[] b = new byte[bytes];
    for (int i = 0; i < bytes; i++) {
      b[i] = (byte) r.nextInt(256);
    }
    return HexFormat.of().formatHex(b);
  }

  static String mac(SplittableRandom r) {
    return HexFormat.ofDelimiter("-").withUpperCase().formatHex(new byte[] {0x00, 0x15, 0x5D,
        (byte) r.nextInt(256), (byte) r.nextInt(256), (byte) r.nextInt(256)});
  }

  /** A Graph-style item id, as CAS reports mail_unique_id. */
  static String uniqueId(SplittableRandom r) {
    return "AAMkA" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(HexFormat.of().parseHex(hex(r, 24)));
  }
}
