package dev.tiac.query.plan;

import dev.tiac.query.source.Service;

/**
 * One step of a query: the service, the operation, how many requests it takes (at least
 * {@code atLeast}; {@code perData} says what more depends on) and why it is needed.
 */
public record PlannedCall(Service service, String operation, int atLeast, String perData, String why) {}
