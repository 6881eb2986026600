package dev.tiac.providers.apexcentral;

/** Actions ProductAgents accepts, under their wire names. */
public enum AgentAction {
  ISOLATE("cmd_isolate_agent"),
  RESTORE("cmd_restore_isolated_agent");

  private final String wireName;

  AgentAction(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
