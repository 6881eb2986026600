package dev.tiac.sandbox.world;

/** Dotted IPv4 to a number, or -1; shared by the IP-range and CIDR filters of every service. */
public final class Ipv4 {
  private Ipv4() {}

  /** The address written with spaces around it, as filters receive it. */
  public static long parse(String ip) {
    return value(ip.trim());
  }

  public static long value(String ip) {
    String[] p = ip.split("\\.");
    if (p.length != 4) {
      return -1;
    }
    long v = 0;
    try {
      for (String s : p) {
        v = v * 256 + Integer.parseInt(s);
      }
    } catch (NumberFormatException e) {
      return -1;
    }
    return v;
  }
}
