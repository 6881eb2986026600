package dev.tiac.sandbox;

import dev.tiac.sandbox.http.Faults;
import dev.tiac.sandbox.world.Scale;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * How to start a sandbox. Seed, scale and fixtures apply when the state directory holds no world yet;
 * a persisted world keeps its own (run {@code tiac sandbox reset} to change them).
 */
public record SandboxOptions(
    Path stateDir, long seed, Scale scale, Optional<Path> fixtures, Faults faults, int casRateBudget,
    Duration casRateWindow, int communicationTimeoutSeconds, Duration policyPollDelay, boolean persist, Clock clock) {

  /** The state directory of a working directory: {@code .tiac/sandbox}. */
  public static Path stateDirOf(Path workDir) {
    return workDir.resolve(".tiac").resolve("sandbox");
  }

  public static SandboxOptions defaults(Path stateDir) {
    return new SandboxOptions(stateDir, 42L, Scale.DEFAULT, Optional.empty(), Faults.NONE, 20, Duration.ofMinutes(1),
        300, Duration.ofSeconds(2), true, Clock.systemUTC());
  }

  public SandboxOptions withSeed(long s) {
    return new SandboxOptions(stateDir, s, scale, fixtures, faults, casRateBudget, casRateWindow, communicationTimeoutSeconds, policyPollDelay, persist, clock);
  }

  public SandboxOptions withScale(Scale s) {
    return new SandboxOptions(stateDir, seed, s, fixtures, faults, casRateBudget, casRateWindow, communicationTimeoutSeconds, policyPollDelay, persist, clock);
  }

  public SandboxOptions withFixtures(Path dir) {
    return new SandboxOptions(stateDir, seed, scale, Optional.of(dir), faults, casRateBudget, casRateWindow, communicationTimeoutSeconds, policyPollDelay, persist, clock);
  }

  public SandboxOptions withFaults(Faults f) {
    return new SandboxOptions(stateDir, seed, scale, fixtures, f, casRateBudget, casRateWindow, communicationTimeoutSeconds, policyPollDelay, persist, clock);
  }

  public SandboxOptions withCasRate(int budget, Duration window) {
    return new SandboxOptions(stateDir, seed, scale, fixtures, faults, budget, window, communicationTimeoutSeconds, policyPollDelay, persist, clock);
  }

  public SandboxOptions withCommunicationTimeout(int seconds) {
    return new SandboxOptions(stateDir, seed, scale, fixtures, faults, casRateBudget, casRateWindow, seconds, policyPollDelay, persist, clock);
  }

  public SandboxOptions withPolicyPollDelay(Duration d) {
    return new SandboxOptions(stateDir, seed, scale, fixtures, faults, casRateBudget, casRateWindow, communicationTimeoutSeconds, d, persist, clock);
  }

  public SandboxOptions withPersist(boolean p) {
    return new SandboxOptions(stateDir, seed, scale, fixtures, faults, casRateBudget, casRateWindow, communicationTimeoutSeconds, policyPollDelay, p, clock);
  }

  public SandboxOptions withClock(Clock c) {
    return new SandboxOptions(stateDir, seed, scale, fixtures, faults, casRateBudget, casRateWindow, communicationTimeoutSeconds, policyPollDelay, persist, c);
  }
}
