package dev.tiac.providers.cas;

import java.util.Map;

/** A Log Retrieval event; {@code message} keeps the event's fields under their wire names. */
public record SecurityEvent(String event, String logItemId, String service,
    Map<String, String> message) {
  public SecurityEvent {
    message = Map.copyOf(message);
  }
}
