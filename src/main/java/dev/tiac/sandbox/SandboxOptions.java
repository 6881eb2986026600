package dev.tiac.sandbox;

import dev.tiac.sandbox.cas.CasRate;
import dev.tiac.sandbox.http.Faults;
import dev.tiac.sandbox.world.Scale;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * How to start a sandbox. Seed, scale and fixtures apply when the state directory holds no world yet;
 * a persisted world keeps its own (run {@code tiac sandbox reset} to change them). The services are
 * always as strict as their documentation; {@code casRate} and {@code faults} only add the
 * conditions of a real tenant (a neighbour on the budget, a Retry-After, failures).
 */
public record SandboxOptions(
    Path stateDir, long seed, Scale scale, Optional<Path> fixtures, Faults faults, CasRate casRate,
    int communicationTimeoutSeconds, Duration policyPollDelay, boolean persist, Clock clock) {

  /** The state directory of a working directory: {@code .tiac/sandbox}. */
  public static Path stateDirOf(Path workDir) {
    return workDir.resolve(".tiac").resolve("sandbox");
  }

  public static SandboxOptions defaults(Path stateDir) {
    return new SandboxOptions(stateDir, 42L, Scale.DEFAULT, Optional.empty(), Faults.NONE, CasRate.DOCUMENTED,
        300, Duration.ofSeconds(2), true, Clock.systemUTC());
  }

  public SandboxOptions withSeed(long s) {
    return new SandboxOptions(stateDir, s, scale, fixtures, faults, casRate, communicationTimeoutSeconds, policyPollDelay, persist, clock);
  }

  public SandboxOptions withScale(Scale s) {
    return new SandboxOptions(stateDir, seed, s, fixtures, faults, casRate, communicationTimeoutSeconds, policyPollDelay, persist, clock);
  }

  public SandboxOptions withFixtures(Path dir) {
    return new SandboxOptions(stateDir, seed, scale, Optional.of(dir), faults, casRate, communicationTimeoutSeconds, policyPollDelay, persist, clock);
  }

  public SandboxOptions withFaults(Faults f) {
    return new SandboxOptions(stateDir, seed, scale, fixtures, f, casRate, communicationTimeoutSeconds, policyPollDelay, persist, clock);
  }

  public SandboxOptions withCasRate(CasRate r) {
    return new SandboxOptions(stateDir, seed, scale, fixtures, faults, r, communicationTimeoutSeconds, policyPollDelay, persist, clock);
  }

  /** A budget other than the documented 20 per minute (load tests that run many clients). */
  public SandboxOptions withCasRate(int budget, Duration window) {
    return withCasRate(casRate.withBudget(budget, window));
  }

  /** Another integration spending {@code callsPerWindow} of every token's budget in each rate window (a minute by default). */
  public SandboxOptions withNeighbour(int callsPerWindow) {
    return withCasRate(casRate.withNeighbour(callsPerWindow));
  }

  /** A Retry-After on CAS's 429, which the real service does not send. */
  public SandboxOptions withCasRetryAfter(boolean on) {
    return withCasRate(casRate.withRetryAfter(on));
  }

  /** One budget for all of the tenant's tokens instead of one per token. */
  public SandboxOptions withCasRateScope(CasRate.Scope scope) {
    return withCasRate(casRate.withScope(scope));
  }

  public SandboxOptions withCommunicationTimeout(int seconds) {
    return new SandboxOptions(stateDir, seed, scale, fixtures, faults, casRate, seconds, policyPollDelay, persist, clock);
  }

  public SandboxOptions withPolicyPollDelay(Duration d) {
    return new SandboxOptions(stateDir, seed, scale, fixtures, faults, casRate, communicationTimeoutSeconds, d, persist, clock);
  }

  public SandboxOptions withPersist(boolean p) {
    return new SandboxOptions(stateDir, seed, scale, fixtures, faults, casRate, communicationTimeoutSeconds, policyPollDelay, p, clock);
  }

  public SandboxOptions withClock(Clock c) {
    return new SandboxOptions(stateDir, seed, scale, fixtures, faults, casRate, communicationTimeoutSeconds, policyPollDelay, persist, c);
  }
}
