package dev.tiac.sandbox.console;

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

  public boolean covers(String hostName) {
    String host = hostName.toLowerCase(Locale.ROOT);
    for (String t : targets) {
      String target = t.toLowerCase(Locale.ROOT);
      if (kind == PolicyKind.SPECIFIED ? target.equals(host) : host.matches(glob(target))) {
        return true;
      }
    }
    return false;
  }

  private static String glob(String pattern) {
    StringBuilder re = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      re.append(c == '*' ? ".*" : c == '?' ? "." : java.util.regex.Pattern.quote(String.valueOf(c)));
    }
    return re.toString();
  }
}
