package dev.tiac.config.model;

import java.util.List;
import java.util.Optional;

/** The whole desired state after overlays: the immutable model every later stage reads. */
public record DesiredState(
    String apiVersion,
    String kind,
    Metadata metadata,
    Optional<Connections> connections,
    List<Licence> licences,
    Optional<CloudAppSecurity> cloudAppSecurity,
    Optional<ApexCentral> apexCentral,
    Optional<ApexOne> apexOne,
    List<Investigation> investigations,
    Optional<Prune> prune) {
  public DesiredState {
    connections = connections == null ? Optional.empty() : connections;
    licences = Lists.of(licences);
    cloudAppSecurity = cloudAppSecurity == null ? Optional.empty() : cloudAppSecurity;
    apexCentral = apexCentral == null ? Optional.empty() : apexCentral;
    apexOne = apexOne == null ? Optional.empty() : apexOne;
    investigations = Lists.of(investigations);
    prune = prune == null ? Optional.empty() : prune;
  }

  /** A state without removal opt-ins. */
  public DesiredState(String apiVersion, String kind, Metadata metadata, Optional<Connections> connections, List<Licence> licences,
      Optional<CloudAppSecurity> cloudAppSecurity, Optional<ApexCentral> apexCentral, Optional<ApexOne> apexOne, List<Investigation> investigations) {
    this(apiVersion, kind, metadata, connections, licences, cloudAppSecurity, apexCentral, apexOne, investigations, Optional.empty());
  }

  /** Names the setup in plans, reports and state. */
  public record Metadata(String name, Optional<String> description, Optional<String> owner) {}
}
