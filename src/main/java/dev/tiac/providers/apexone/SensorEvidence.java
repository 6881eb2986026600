package dev.tiac.providers.apexone;

import dev.tiac.contract.Value;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What Endpoint Sensor itself shows about a policy's endpoints: whether the sensor is on for every
 * desktop and every server the targets cover. This is how drift in a console-only policy shows.
 */
public record SensorEvidence(int endpoints, int desktops, int servers, int desktopsOff, int serversOff, List<String> firstOff) {
  public SensorEvidence {
    firstOff = List.copyOf(firstOff);
  }

  public static SensorEvidence of(List<Endpoint> covered) {
    int desktops = 0;
    int servers = 0;
    int desktopsOff = 0;
    int serversOff = 0;
    List<String> off = new java.util.ArrayList<>();
    for (Endpoint e : covered) {
      if (e.isServer()) {
        servers++;
        serversOff += e.sensorEnabled() ? 0 : 1;
      } else {
        desktops++;
        desktopsOff += e.sensorEnabled() ? 0 : 1;
      }
      if (!e.sensorEnabled() && off.size() < 20) {
        off.add(e.hostName());
      }
    }
    return new SensorEvidence(covered.size(), desktops, servers, desktopsOff, serversOff, off);
  }

  /** As evidence about the policy: shown when its targets cover endpoints, silent when none. */
  public dev.tiac.contract.Evidence evidence() {
    if (endpoints == 0) {
      return dev.tiac.contract.Evidence.silent("ShowAgentList shows no endpoint the policy's targets cover");
    }
    List<String> counts = new java.util.ArrayList<>();
    if (desktops > 0) {
      counts.add((desktops - desktopsOff) + " of " + desktops + " desktops");
    }
    if (servers > 0) {
      counts.add((servers - serversOff) + " of " + servers + " servers");
    }
    String line = "ShowAgentList: Endpoint Sensor is on for " + String.join(" and ", counts) + " the targets cover"
        + (firstOff.isEmpty() ? "" : "; off on " + String.join(", ", firstOff)
            + (desktopsOff + serversOff > firstOff.size() ? " and " + (desktopsOff + serversOff - firstOff.size()) + " more" : ""));
    return dev.tiac.contract.Evidence.shown(attributes(), List.of(line));
  }

  /**
   * The policy attributes this evidence can vouch for, typed as the file types them. A sensor
   * running anywhere shows the switch on, and then a platform whose endpoints all run it, or none
   * do, shows its box. With the sensor off everywhere, the switch and the boxes look the same, so
   * only the sensor's state is vouched; a platform partly on shows nothing about its box.
   */
  public Map<String, Value> attributes() {
    Map<String, Value> seen = new TreeMap<>();
    if (endpoints == 0) {
      return seen;
    }
    boolean anyOn = desktopsOff + serversOff < endpoints;
    seen.put("endpointSensor", Value.bool(anyOn));
    if (anyOn) {
      box(seen, "windowsDesktop", desktops, desktopsOff);
      box(seen, "windowsServer", servers, serversOff);
    }
    return seen;
  }

  private static void box(Map<String, Value> seen, String attribute, int count, int off) {
    if (count > 0 && off == 0) {
      seen.put(attribute, Value.TRUE);
    } else if (count > 0 && off == count) {
      seen.put(attribute, Value.FALSE);
    }
  }
}
