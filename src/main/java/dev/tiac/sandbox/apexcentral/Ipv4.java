package dev.tiac.sandbox.apexcentral;

/** Dotted IPv4 to a number, or -1; shared by the IP-range and CIDR filters. */
public final class Ipv4 {
  private Ipv4() {}

  public static long parse(String ip) {
    return ShowAgentList.ipv4(ip.trim());
  }
}
