package dev.tiac.sandbox.console;

import dev.tiac.sandbox.world.Endpoint;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An Apex One Security Agent policy. Targets are host names (specified) or host-name patterns with
 * {@code *} (filtered). The Endpoint Sensor switch applies to the platforms whose box is ticked.
 */
public record ApexOnePolicy(String name, PolicyKind kind, List<String> targets, boolean windowsDesktop,
    boolean windowsServer, boolean endpointSensor, Instant created, Optional<Instant> deployed) {

  public ApexOnePolicy {
    targets = List.copyOf(targets);
  }

  /**
   * Whether the policy targets an endpoint. A target is a host name (or, for filtered policies, a
   * host pattern with {@code *}) or a criterion {@code os:WIN_10}, {@code domain:corp.example},
   * {@code ip:10.0.0.1-10.0.0.99}, {@code folder:Workgroup}: criteria of one type are alternatives,
   * criteria of different types must all match, as the console's filter builder combines them.
   */
  public boolean covers(Endpoint endpoint, String adDomain) {
    String host = endpoint.hostName().toLowerCase(Locale.ROOT);
    java.util.Map<String, Boolean> byType = new java.util.HashMap<>();
    for (String t : targets) {
      String target = t.toLowerCase(Locale.ROOT);
      int colon = target.indexOf(':');
      String type = colon < 0 ? "host" : target.substring(0, colon);
      String value = colon < 0 ? target : target.substring(colon + 1);
      boolean match = switch (type) {
        case "os" -> osFamily(endpoint.os()).equalsIgnoreCase(value) || value.equals("win");
        case "domain", "folder" -> adDomain.equalsIgnoreCase(value);
        case "ip" -> inRange(value, endpoint.ip());
        default -> kind == PolicyKind.SPECIFIED ? value.equals(host) : host.matches(glob(value));
      };
      byType.merge(type, match, Boolean::logicalOr);
    }
    if (byType.isEmpty()) {
      return false;
    }
    return kind == PolicyKind.SPECIFIED ? byType.containsValue(true) : !byType.containsValue(false);
  }

  static String osFamily(String os) {
    String lower = os.toLowerCase(Locale.ROOT);
    for (String version : new String[] {"2016", "2019", "2022"}) {
      if (lower.contains("server " + version)) {
        return "win_" + version;
      }
    }
    return lower.contains("windows 11") ? "win_11" : lower.contains("windows 10") ? "win_10" : "win";
  }

  private static boolean inRange(String range, String ip) {
    String[] ends = range.split("-", 2);
    return ends.length == 2 && dev.tiac.sandbox.world.Ipv4.parse(ip) >= dev.tiac.sandbox.world.Ipv4.parse(ends[0]) && dev.tiac.sandbox.world.Ipv4.parse(ip) <= dev.tiac.sandbox.world.Ipv4.parse(ends[1]) && dev.tiac.sandbox.world.Ipv4.parse(ip) >= 0;
  }

  private static String glob(String pattern) {
    StringBuilder re = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      re.append(c == '*' ? ".*" : c == '?' ? "." : java.util.regex.Pattern.quote(String.valueOf(c)));
    }
    return re.toString();
  }
}
