package dev.tiac.providers.apexcentral;

import java.util.List;

/** One endpoint's matches in an investigation result (ShowContent {@code agentServerMeta}). */
public record AgentServerMeta(
    String agentGuid,
    String serverGuid,
    String machineName,
    String machineOs,
    String machineType,
    String ip,
    String userName,
    long minFirstSeen,
    List<Match> matches) {
  public AgentServerMeta {
    matches = List.copyOf(matches);
  }

  /** A matched value; {@code criteriaNo} counts the request's criteria from 0. */
  public record Match(int criteriaNo, String metaValue, long firstSeen, long lastSeen,
      int sweepingType) {}
}
