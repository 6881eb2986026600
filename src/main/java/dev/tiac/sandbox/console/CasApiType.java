package dev.tiac.sandbox.console;

/** The API types a CAS token can carry, as the console's check boxes name them. */
public enum CasApiType {
  LOG_RETRIEVAL("Log Retrieval"),
  THREAT_MITIGATION_EMAIL("Threat Mitigation: Email message"),
  THREAT_MITIGATION_ACCOUNT("Threat Mitigation: User account"),
  THREAT_INVESTIGATION_EMAIL("Threat Investigation: Email message"),
  BLOCKED_LISTS("Suspicious Object List");

  private final String label;

  CasApiType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static CasApiType parse(String s) {
    for (CasApiType t : values()) {
      if (t.name().equalsIgnoreCase(s.replace('-', '_')) || t.label.equalsIgnoreCase(s)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown CAS API type '" + s + "'");
  }
}
