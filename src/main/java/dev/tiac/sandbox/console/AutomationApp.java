package dev.tiac.sandbox.console;

/** An Apex Central Automation API application: id, key and communication time-out in seconds. */
public record AutomationApp(String applicationId, String apiKey, int timeoutSeconds) {
  @Override
  public String toString() {
    return "AutomationApp[" + applicationId + ", timeout=" + timeoutSeconds + "s]";
  }
}
