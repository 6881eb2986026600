package dev.tiac.app;

import java.time.Duration;
import java.time.Instant;

/**
 * How one run talks to the services and waits for the state: the tiac version that runs (written
 * into new state and lock records), its parallelism, its timeouts (the whole run's counted from
 * {@code started}, loading the file and waiting for the lock included), whether every call is
 * logged, and how long the lock may be waited for.
 */
public record RunSettings(String version, int parallelism, Duration callTimeout, Duration timeout, Instant started, boolean debug,
    Duration lockTimeout) {}
