package dev.tiac.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Who is running tiac, as state records it next to an attestation: user@host. */
final class Operator {
  private Operator() {}

  static String name() {
    String user = System.getProperty("user.name", "unknown");
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    return user + "@" + host;
  }
}
