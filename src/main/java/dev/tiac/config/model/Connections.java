package dev.tiac.config.model;

import java.util.Optional;

/**
 * How tiac reaches each service. Credential fields hold the reference text ({@code ${env:…}},
 * {@code ${file:…}}, {@code ${ref:…}}), never a value: resolution happens when a run needs it.
 */
public record Connections(
    Optional<ApexCentralConnection> apexCentral,
    Optional<CasConnection> cloudAppSecurity,
    Optional<LicensingPortal> licensingPortal,
    Optional<DirectoryConnection> activeDirectory) {

  /** How console-only settings are applied. */
  public enum ConsoleDriver {
    runbook,
    api
  }

  public record ApexCentralConnection(
      String url,
      String applicationId,
      String apiKey,
      Optional<Integer> communicationTimeoutSeconds,
      Optional<String> caFile,
      Optional<ConsoleDriver> consoleDriver) {}

  public record CasConnection(
      Optional<String> region,
      Optional<String> url,
      String token,
      Optional<Integer> requestsPerMinute,
      Optional<String> caFile,
      Optional<ConsoleDriver> consoleDriver) {}

  public record LicensingPortal(String account, Optional<String> password) {}

  public record DirectoryConnection(
      String url,
      String bindDn,
      String password,
      String baseDn,
      Optional<Boolean> startTls,
      Optional<String> caFile,
      Optional<Boolean> allowPlaintextBind) {}
}
