package dev.tiac.app;

import dev.tiac.state.StateBackend;
import java.nio.file.Path;

/**
 * Where a run's state is: its backend, the directory its local copy and errored copy go to
 * ({@code home}), and the directory holding the state key ({@code keyDir}).
 */
public record StatePlace(StateBackend backend, Path home, Path keyDir) {}
