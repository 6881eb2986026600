package dev.tiac.query.source;

import java.util.List;
import java.util.Optional;

/** Endpoint Sensor through Apex Central: historical investigations and agent look-ups. */
public interface EndpointSensorSource {
  /**
   * Runs one historical investigation whose criteria are joined by OR, searching back to
   * {@code since}, and returns every endpoint that matched.
   */
  List<EndpointHit> investigate(List<EsCriterion> criteria, java.time.Instant since);

  /**
   * The accounts Endpoint Sensor reports as the users of the agent named {@code hostName}
   * (ShowAgentList filtered by machine name, exact name kept); empty when no agent has that name.
   */
  List<String> usersOn(String hostName);

  /** The host name of the Security Agent holding {@code ip} (ProductAgents), if there is one. */
  Optional<String> hostNameOf(String ip);
}
