/**
 * {@code tiac export}: a desired-state file written from the live services, so a team can adopt
 * tiac on an existing tenant. What cannot be read comes out as commented entries to confirm.
 */
package dev.tiac.export;
