package dev.tiac.query.source;

/** The services a query calls, with the request budget each one enforces. */
public enum Service {
  CLOUD_APP_SECURITY("Cloud App Security", "20 requests a minute per token"),
  ACTIVE_DIRECTORY("Active Directory", "no request limit; batched 50 keys a search"),
  APEX_CENTRAL("Apex Central", "no published rate limit");

  private final String title;
  private final String limit;

  Service(String title, String limit) {
    this.title = title;
    this.limit = limit;
  }

  public String title() {
    return title;
  }

  public String limit() {
    return limit;
  }
}
