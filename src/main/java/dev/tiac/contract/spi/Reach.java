package dev.tiac.contract.spi;

import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.ResourceKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one run can reach, built once by the run's wiring: its clients (the Apex Central client, the
 * Cloud App Security client, the agent inventory, …) looked up by type, each present only where the
 * file connects to its service, and the file's desired resources. A kind's definition takes what it
 * needs from it ({@link KindDefinition#wire}); the contract names no client.
 */
public final class Reach {
  private final Map<Class<?>, Object> clients;
  private final List<DesiredResource> desired;

  private Reach(Map<Class<?>, Object> clients, List<DesiredResource> desired) {
    this.clients = Map.copyOf(clients);
    this.desired = List.copyOf(desired);
  }

  public static Reach of(List<DesiredResource> desired) {
    return new Reach(Map.of(), desired);
  }

  /** This reach with {@code client} added under {@code type}, where the run has one. */
  public <T> Reach with(Class<T> type, Optional<? extends T> client) {
    Map<Class<?>, Object> more = new HashMap<>(clients);
    client.ifPresent(c -> more.put(type, c));
    return new Reach(more, desired);
  }

  public <T> Optional<T> client(Class<T> type) {
    return Optional.ofNullable(clients.get(type)).map(type::cast);
  }

  /** The file's resources of {@code kind}. */
  public List<DesiredResource> desired(ResourceKind kind) {
    return desired.stream().filter(d -> d.address().kind() == kind).toList();
  }

  public boolean declares(ResourceKind kind) {
    return !desired(kind).isEmpty();
  }
}
