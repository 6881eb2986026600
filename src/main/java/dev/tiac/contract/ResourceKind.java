package dev.tiac.contract;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of resource tiac knows, in the order of the setup procedure: a resource is applied
 * after every kind before it that it depends on.
 */
public enum ResourceKind {
  LICENCE("clp.licence", Reconciliation.CHECK),
  CAS_SERVICE_ACCOUNT("cas.serviceAccount", Reconciliation.CONSOLE),
  CAS_POLICY("cas.policy", Reconciliation.CONSOLE),
  CAS_TOKEN("cas.token", Reconciliation.CONSOLE),
  CAS_BLOCKED_LISTS("cas.blockedLists", Reconciliation.API),
  CLOUD_SERVICE_SETTINGS("apexcentral.cloudServiceSettings", Reconciliation.CONSOLE),
  AD_SYNC("apexcentral.adSync", Reconciliation.CONSOLE),
  AD_SYNC_TOOL("apexcentral.adSyncTool", Reconciliation.CONSOLE),
  DOTNET("ad.server", Reconciliation.CHECK),
  SUSPICIOUS_OBJECT("apexcentral.suspiciousObject", Reconciliation.API),
  APEXONE_POLICY("apexone.policy", Reconciliation.CONSOLE),
  EMAIL_CLIENT("apexone.emailClient", Reconciliation.CHECK),
  /** Not declared: concluded for each declared policy that enables Endpoint Sensor, from ShowAgentList. */
  SENSOR_COVERAGE("apexone.sensorCoverage", Reconciliation.CHECK),
  /** Not declared: concluded from the others when the file declares investigations. */
  READINESS("correlation.readiness", Reconciliation.CHECK);

  private final String type;
  private final Reconciliation reconciliation;

  ResourceKind(String type, Reconciliation reconciliation) {
    this.type = type;
    this.reconciliation = reconciliation;
  }

  public String type() {
    return type;
  }

  public Reconciliation reconciliation() {
    return reconciliation;
  }

  public static Optional<ResourceKind> byType(String type) {
    return Arrays.stream(values()).filter(k -> k.type.equals(type)).findFirst();
  }
}
