package dev.tiac.contract;

/**
 * The setup procedure as a manager knows it (DESIGN.md, the procedure table), in its order; each
 * kind's definition names the step it belongs to. Suspicious objects and blocked lists run
 * alongside the procedure rather than in it.
 */
public enum SetupStep {
  LICENCES("licences", "Licences"),
  CAS_SERVICE_ACCOUNT("cas-service-account", "CAS service account"),
  CAS_POLICIES("cas-policies", "CAS policies"),
  CAS_TOKEN("cas-token", "API token"),
  CLOUD_SERVICE_SETTINGS("cloud-service-settings", "Cloud service settings"),
  AD_SYNC("ad-sync", "AD sync"),
  APEXONE_POLICIES("apexone-policies", "Apex One policies"),
  EMAIL_CLIENT("email-client", "Endpoint email client"),
  CORRELATION("correlation", "Correlation readiness"),
  BLOCKED_OBJECTS("blocked-objects", "Suspicious objects and blocked lists");

  private final String id;
  private final String title;

  SetupStep(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The stable id reports carry, e.g. {@code cas-policies}. */
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  /** Whether the step runs beside the procedure instead of being one of its numbered steps. */
  public boolean alongside() {
    return this == BLOCKED_OBJECTS;
  }
}
