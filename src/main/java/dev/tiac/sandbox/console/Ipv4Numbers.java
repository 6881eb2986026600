package dev.tiac.sandbox.console;

/** Dotted IPv4 text as a number, -1 when it is not one; for policy IP-range criteria. */
final class Ipv4Numbers {
  private Ipv4Numbers() {}

  static long of(String ip) {
    String[] parts = ip.trim().split("\\.");
    if (parts.length != 4) {
      return -1;
    }
    long value = 0;
    for (String part : parts) {
      try {
        int octet = Integer.parseInt(part);
        if (octet < 0 || octet > 255) {
          return -1;
        }
        value = value * 256 + octet;
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return value;
  }
}
