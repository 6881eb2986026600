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

/** Reads and atomically rewrites state.json (owner-only: it holds the sandbox's own secrets). */
final class StateStore {
  private final Path file;
  private final boolean persist;
  private PersistedState current;

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

  synchronized void console(ConsoleState c) {
    current = current.withConsole(c);
    save();
  }

  synchronized void tenant(TenantSnapshot t) {
    current = current.withTenant(t);
    save();
  }

  synchronized void save() {
    if (!persist) {
      return;
    }
    try {
      Restricted.writeAtomically(file, Json.pretty(current));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
