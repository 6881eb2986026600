package dev.tiac.app;

import dev.tiac.config.model.Connections.ConsoleDriver;
import dev.tiac.config.model.Connections;
import dev.tiac.config.model.DesiredState;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.providers.Kinds;
import java.util.Optional;

/**
 * The console driver of each connection, chosen once per run: what the connection's {@code
 * consoleDriver} says, by default {@code api} where a management API exists (the sandbox) and
 * {@code runbook} where none does (a real tenant). The rest of the run sees only each kind's
 * {@link KindHandling}; this is the one place that knows which driver is in use.
 */
final class ConsoleDrivers {
  private final ConsoleDriver cas;
  private final ConsoleDriver apexCentral;

  private ConsoleDrivers(ConsoleDriver cas, ConsoleDriver apexCentral) {
    this.cas = cas;
    this.apexCentral = apexCentral;
  }

  static ConsoleDrivers choose(DesiredState state, boolean managementApi) {
    Optional<Connections> connections = state.connections();
    return new ConsoleDrivers(
        chosen(connections.flatMap(Connections::cloudAppSecurity).flatMap(Connections.CasConnection::consoleDriver), managementApi),
        chosen(connections.flatMap(Connections::apexCentral).flatMap(Connections.ApexCentralConnection::consoleDriver), managementApi));
  }

  private static ConsoleDriver chosen(Optional<ConsoleDriver> declared, boolean managementApi) {
    ConsoleDriver driver = declared.orElse(managementApi ? ConsoleDriver.api : ConsoleDriver.runbook);
    // A real tenant has no management API: the api driver has nothing to talk to there.
    return driver == ConsoleDriver.api && !managementApi ? ConsoleDriver.runbook : driver;
  }

  /** How this run handles {@code kind}: a console kind as its connection's driver does it. */
  KindHandling handling(ResourceKind kind) {
    return switch (kind.reconciliation()) {
      case API -> KindHandling.API_CALLS;
      case CHECK -> KindHandling.CHECK;
      case CONSOLE -> driverOf(kind) == ConsoleDriver.api ? KindHandling.API_CALLS : KindHandling.RUNBOOK_STEPS;
    };
  }

  /** A console kind follows the connection of the service that holds it, as its definition names the service. */
  private ConsoleDriver driverOf(ResourceKind kind) {
    return Kinds.registry().of(kind).service() == Service.CLOUD_APP_SECURITY ? cas : apexCentral;
  }
}
