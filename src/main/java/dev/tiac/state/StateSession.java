package dev.tiac.state;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * What apply holds while it runs: the lock, the current state, and a save after every mutating
 * call so an interrupted apply loses nothing. A record that changes nothing is not written, so the
 * serial moves only when content does.
 */
public final class StateSession implements AutoCloseable {
  private final StateBackend backend;
  private final StateLock lock;
  private final ErroredState errored;
  private final String tiacVersion;
  private final Clock clock;
  private volatile State current;
  /** The last state the backend confirmed; differs from {@code current} only after a failed save. */
  private volatile State persisted;
  private volatile Optional<SaveFailure> failure = Optional.empty();
  private volatile boolean closed;
  private boolean erroredWritten;
  private boolean bindingUnsaved;

  private StateSession(StateBackend backend, StateLock lock, ErroredState errored,
      String tiacVersion, Clock clock, State current) {
    this.backend = backend;
    this.lock = lock;
    this.errored = errored;
    this.tiacVersion = tiacVersion;
    this.clock = clock;
    this.current = current;
    this.persisted = current;
  }

  /**
   * Locks the backend, reads the state (a new lineage when there is none) and checks it was made
   * with this key.
   *
   * @param erroredDir where {@code state.errored.json} goes if a save fails, normally {@code .tiac}
   */
  public static StateSession open(StateBackend backend, LockRequest request, Duration lockTimeout,
      SecretFingerprinter fingerprinter, ErroredState errored, Clock clock) {
    if (errored.exists()) {
      throw new IllegalStateException(errored.refusal());
    }
    StateLock lock = backend.lock(request, lockTimeout);
    try {
      State state = backend.read()
          .orElseGet(() -> State.create(request.tiacVersion(), Optional.of(fingerprinter.keyId())));
      fingerprinter.verify(state);
      fingerprinter.keepKey(); // the first state's key is written before anything is fingerprinted under it
      return new StateSession(backend, lock, errored, request.tiacVersion(), clock,
          state.keyId().isPresent() ? state : state.withKeyId(fingerprinter.keyId()));
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * Checks this run's binding against the state's and adds what the state did not know yet. The
   * binding goes out with the next save, or when the session closes if nothing was saved, so
   * binding an old state never moves its serial under a saved plan; a state never written stays
   * unwritten by a run that changes nothing.
   *
   * @return true when a state already written gets bound (or bound further) by this run
   * @throws StateBindingMismatchException when the state belongs to another setup or tenant
   */
  public synchronized boolean bind(StateBinding run) {
    current.binding().requireMatch(run, backend.location());
    StateBinding next = current.binding().completedBy(run);
    if (next.equals(current.binding())) {
      return false;
    }
    current = current.withBinding(next);
    bindingUnsaved = current.serial() > 0;
    return bindingUnsaved;
  }

  /**
   * Replaces the binding with this run's, for a state whose tenant moved to a new address or
   * whose setup was renamed: the caller has the user's word for it. What the run does not know is
   * kept. A state never written has nothing to rebind and stays unwritten.
   *
   * @return the binding replaced
   */
  public synchronized StateBinding rebind(StateBinding run) {
    StateBinding before = current.binding();
    StateBinding next = run.completedBy(before);
    if (current.serial() > 0 && !next.equals(before)) {
      save(current.withBinding(next));
    }
    return before;
  }

  public State state() {
    return current;
  }

  public Optional<ResourceState> resource(String address) {
    return current.resource(address);
  }

  public LockInfo lockInfo() {
    return lock.info();
  }

  /**
   * Records one resource after a mutating call and saves at once. Keeps the entry's first
   * creation time and stamps the update time only when something changed.
   */
  public void record(ResourceState resource) {
    recordAll(java.util.List.of(resource));
  }

  /**
   * Records several resources finished by parallel calls in one save (a group commit): each is
   * durable before its caller goes on, and the disk sees one write instead of one per call.
   */
  public synchronized void recordAll(java.util.List<ResourceState> resources) {
    State next = current;
    for (ResourceState resource : resources) {
      Optional<ResourceState> before = next.resource(resource.address());
      if (before.isPresent() && before.get().sameContentAs(resource)) {
        continue;
      }
      next = next.with(new ResourceState(resource.address(), resource.kind(), resource.remoteId(),
          resource.owned(), resource.attributes(), resource.secrets(), resource.attestation(),
          before.map(ResourceState::createdAt).orElse(resource.createdAt()), clock.instant()));
    }
    if (next != current) {
      save(next);
    }
  }

  /**
   * Notes, in one save before the first call, the addresses this apply is about to create: if it
   * dies after a service made one and before the answer arrived, the next run finds the object
   * and knows it is tiac's. Recording the resource (or removing it) settles each.
   */
  public synchronized void creating(java.util.Collection<String> addresses) {
    State next = current.creating(addresses);
    if (!next.creating().equals(current.creating())) {
      save(next);
    }
  }

  /** Forgets a resource after it was deleted remotely, and saves. */
  public synchronized void remove(String address) {
    if (current.resource(address).isPresent() || current.creating().contains(address)) {
      save(current.without(address));
    }
  }

  private void save(State changed) {
    if (closed) {
      // A call abandoned after an interrupt may finish late: its lock is gone, so nothing is written.
      throw new IllegalStateException("the state session is closed; the next run records this change");
    }
    State next = changed.withSerial(current.serial() + 1).withTiacVersion(tiacVersion);
    current = next; // the remote change happened; memory must know it even if the disk does not
    bindingUnsaved = false;
    try {
      backend.write(next);
    } catch (RuntimeException e) {
      throw saveFailed(next, e);
    }
    persisted = next;
    failure = Optional.empty();
    if (erroredWritten) {
      errored.discard(); // a later save got through and supersedes the errored copy
      erroredWritten = false;
    }
  }

  private StateSaveException saveFailed(State unsaved, RuntimeException cause) {
    byte[] json = StateCodec.encode(unsaved);
    String reason = why(cause);
    try {
      errored.save(json);
      erroredWritten = true;
      failure = Optional.of(new SaveFailure(backend.location(), reason, Optional.of(errored.file()), Optional.empty()));
      return new StateSaveException("could not save state to " + backend.location() + ": " + reason
          + ". The state of this apply was written to " + errored.file() + " instead.", json, cause);
    } catch (IOException | RuntimeException also) {
      cause.addSuppressed(also);
      failure = Optional.of(new SaveFailure(backend.location(), reason + "; nor to " + errored.file() + ": " + why(also),
          Optional.empty(), Optional.of(new String(json, java.nio.charset.StandardCharsets.UTF_8))));
      return new StateSaveException("could not save state to " + backend.location() + " (" + reason
          + ") nor to " + errored.file() + " (" + why(also) + ")", json, cause);
    }
  }

  // NIO's messages are often the bare path (FileAlreadyExistsException: /x): the type says what happened.
  private static String why(Exception e) {
    String message = e.getMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    return message.contains(" ") ? message : e.getClass().getSimpleName() + " " + message;
  }

  /**
   * Why the latest state is not where it belongs, if it is not: where it went instead (or its
   * JSON when it could be written nowhere) and the addresses whose record it alone holds.
   */
  public Optional<SaveFailure> saveFailure() {
    return failure.map(f -> f.withUnrecorded(unrecorded()));
  }

  private java.util.List<String> unrecorded() {
    State saved = persisted;
    State now = current;
    java.util.List<String> addresses = new java.util.ArrayList<>();
    now.resources().forEach((address, r) -> {
      if (!saved.resource(address).map(r::sameContentAs).orElse(false)) {
        addresses.add(address);
      }
    });
    saved.resources().keySet().stream().filter(a -> now.resource(a).isEmpty()).forEach(addresses::add);
    return addresses;
  }

  @Override
  public void close() {
    try {
      saveBindingIfUnsaved();
    } finally {
      closed = true;
      lock.close();
    }
  }

  // A binding is re-derived by every run, so one that cannot be saved now is saved by the next
  // apply: it must neither fail this run nor leave an errored state that blocks the next.
  private synchronized void saveBindingIfUnsaved() {
    if (!bindingUnsaved || closed) {
      return;
    }
    bindingUnsaved = false;
    try {
      State next = current.withSerial(current.serial() + 1).withTiacVersion(tiacVersion);
      backend.write(next);
      current = next;
      persisted = next;
    } catch (RuntimeException ignored) {
      // see above
    }
  }
}
