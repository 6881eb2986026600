package dev.tiac.apply;

import dev.tiac.plan.Address;
import dev.tiac.plan.LiveResource;
import dev.tiac.state.Attributes;
import dev.tiac.state.ResourceState;
import dev.tiac.state.SecretFingerprinter;
import dev.tiac.state.StateSession;
import java.time.Clock;
import java.util.Map;

/**
 * Records applied changes in the locked state session, one save per mutating call. Secrets are
 * kept only as keyed fingerprints; ownership, once tiac created an object, is never lost.
 */
public final class SessionRecorder implements StateRecorder {
  private final StateSession session;
  private final SecretFingerprinter fingerprinter;
  private final Clock clock;

  public SessionRecorder(StateSession session, SecretFingerprinter fingerprinter, Clock clock) {
    this.session = session;
    this.fingerprinter = fingerprinter;
    this.clock = clock;
  }

  private final java.util.List<ResourceState> queued = new java.util.ArrayList<>();
  private final Object saving = new Object();

  /**
   * Queues the record, then saves: whichever caller gets the save lock writes every record queued
   * so far in one go, so parallel changes share a write; each caller returns only once its own
   * record is on disk.
   */
  @Override
  public void applied(Address address, LiveResource live, boolean created, Map<String, String> secrets) {
    ResourceState next = build(address, live, created, secrets);
    synchronized (queued) {
      queued.add(next);
    }
    synchronized (saving) {
      java.util.List<ResourceState> batch;
      synchronized (queued) {
        batch = java.util.List.copyOf(queued);
        queued.clear();
      }
      if (!batch.isEmpty()) {
        session.recordAll(batch);
      }
    }
  }

  private ResourceState build(Address address, LiveResource live, boolean created, Map<String, String> secrets) {
    String key = address.toString();
    boolean owned = created || session.resource(key).map(ResourceState::owned).orElse(false);
    ResourceState next = ResourceState.of(key, address.kind().type(), live.remoteId(), owned, Attributes.of(live.attributes()), clock.instant());
    ResourceState previous = session.resource(key).orElse(null);
    if (previous != null) {
      for (var secret : previous.secrets().entrySet()) {
        next = next.withSecret(secret.getKey(), secret.getValue());
      }
      if (previous.attestation().isPresent()) {
        next = next.withAttestation(previous.attestation().get());
      }
    }
    for (var secret : secrets.entrySet()) {
      next = next.withSecret(secret.getKey(), fingerprinter.fingerprint(key, secret.getKey(), secret.getValue().toCharArray()));
    }
    return next;
  }

  @Override
  public void deleted(Address address) {
    synchronized (saving) {
      session.remove(address.toString());
    }
  }
}
