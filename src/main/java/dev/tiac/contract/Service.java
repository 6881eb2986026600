package dev.tiac.contract;

/**
 * A service whose API tiac calls, by the name plans and budgets give it, with its published limit.
 * Each kind's definition names the service that holds it.
 */
public enum Service {
  APEX_CENTRAL("Apex Central", "none published"),
  CLOUD_APP_SECURITY("Cloud App Security", "20 per minute per token"),
  /** The Customer Licensing Portal: no public API; licences are shown through the products' own calls. */
  LICENSING_PORTAL("Customer Licensing Portal", "none published"),
  ACTIVE_DIRECTORY("Active Directory", "none published"),
  /** The api console driver's management API (the sandbox serves it). */
  MANAGEMENT_API("Management API", "none published");

  private final String title;
  private final String limit;

  Service(String title, String limit) {
    this.title = title;
    this.limit = limit;
  }

  /** The name plans and budgets give it, e.g. {@code Cloud App Security}. */
  public String title() {
    return title;
  }

  public String limit() {
    return limit;
  }
}
