package dev.tiac.sandbox.console;

import java.time.Instant;
import java.util.Optional;

/** One downloaded AD synchronization tool; issuing a newer one deactivates it. */
public record SyncTool(int generation, String fileName, String md5, Instant issued, String adServer,
    boolean active, Optional<Instant> lastRun, Optional<String> dotNetVersion) {}
