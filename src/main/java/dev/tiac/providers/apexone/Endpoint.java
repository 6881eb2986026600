package dev.tiac.providers.apexone;

import java.util.Locale;

/**
 * One managed endpoint, joined from Endpoint Sensor's ShowAgentList (sensor state, machine type,
 * OS) and ProductAgents (directory domain, folder) by host name.
 */
public record Endpoint(
    String hostName,
    String machineType,
    String machineOs,
    String ip,
    String adDomain,
    String folderPath,
    boolean sensorEnabled) {

  public boolean isServer() {
    return machineType.equalsIgnoreCase("Server");
  }

  /** The target vocabulary's OS family: WIN_10, WIN_11, WIN_2016, WIN_2019, WIN_2022 or WIN. */
  public String osFamily() {
    String os = machineOs.toLowerCase(Locale.ROOT);
    for (String version : new String[] {"2016", "2019", "2022"}) {
      if (os.contains("server " + version) || os.contains("server" + version)) {
        return "WIN_" + version;
      }
    }
    if (os.contains("windows 11")) {
      return "WIN_11";
    }
    if (os.contains("windows 10")) {
      return "WIN_10";
    }
    return "WIN";
  }
}
