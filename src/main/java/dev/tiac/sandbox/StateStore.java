package dev.tiac.sandbox;

import dev.tiac.sandbox.console.ConsoleState;
import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.tenant.TenantSnapshot;
import dev.tiac.sandbox.tls.Restricted;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and atomically rewrites state.json (owner-only: it holds the sandbox's own secrets).
 *
 * <p>A change is acknowledged only once it is in the file, as a real service answers a write only
 * once it is committed: a client killed right after an answer, or a sandbox stopped or killed
 * right after it (the file is replaced by rename, so a kill leaves the old or the new one, never
 * half), finds it there when the sandbox is opened again. Saving is a group commit: changes are
 * noted in memory under the caller's lock, and the caller then waits, outside that lock, for a
 * write that holds its change. Whoever writes takes every change noted so far, so parallel
 * requests share one write of the whole tenant instead of rewriting it once each (issue 5).
 */
final class StateStore {
  private final Path file;
  private final boolean persist;
  private final Object writing = new Object();
  private PersistedState current; // guarded by this
  private long noted; // guarded by this: the number of the latest change noted
  private long written; // guarded by writing: every change up to this number is in the file

  StateStore(Path dir, boolean persist, PersistedState initial) {
    this.file = dir.resolve("state.json");
    this.persist = persist;
    this.current = initial;
  }

  static Optional<PersistedState> load(Path dir) {
    Path file = dir.resolve("state.json");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      PersistedState s = Json.MAPPER.readValue(Files.readString(file), PersistedState.class);
      return s.version() == PersistedState.VERSION ? Optional.of(s) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (tools.jackson.core.JacksonException e) {
      throw new IllegalStateException(file + " is damaged; run tiac sandbox reset (" + e.getOriginalMessage() + ")", e);
    }
  }

  /** Notes a console change; the returned commit waits until it is in the file. */
  synchronized Runnable console(ConsoleState c) {
    current = current.withConsole(c);
    return commit(++noted);
  }

  /** Notes a tenant change; the returned commit waits until it is in the file. */
  synchronized Runnable tenant(TenantSnapshot t) {
    current = current.withTenant(t);
    return commit(++noted);
  }

  /** Writes everything noted so far and returns once it is in the file. */
  void save() {
    synchronized (writing) {
      write();
    }
  }

  private Runnable commit(long change) {
    return () -> {
      synchronized (writing) {
        if (written < change) {
          write(); // otherwise a write that began after this change was noted took it along
        }
      }
    };
  }

  // Called holding the writing lock, so one write at a time and the temp file is never shared.
  private void write() {
    if (!persist) {
      return;
    }
    PersistedState snapshot;
    long upTo;
    synchronized (this) {
      snapshot = current;
      upTo = noted;
    }
    try {
      Restricted.writeAtomically(file, Json.pretty(snapshot));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    written = upTo;
  }
}
