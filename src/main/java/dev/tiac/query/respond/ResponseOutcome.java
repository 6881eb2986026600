package dev.tiac.query.respond;

/** What happened to one action: done, or failed with the service's message. */
public record ResponseOutcome(ResponseAction action, boolean done, String message) {}
