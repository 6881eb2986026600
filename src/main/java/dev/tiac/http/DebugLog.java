package dev.tiac.http;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.Optional;

/**
 * Where {@code --debug} lines go. Every line passes through the {@link Redactor} first, so no
 * caller can leak a credential by logging a URL, a header or an error body.
 */
public final class DebugLog {
  private final Optional<PrintWriter> sink;
  private final Redactor redactor;

  private DebugLog(Optional<PrintWriter> sink, Redactor redactor) {
    this.sink = sink;
    this.redactor = Objects.requireNonNull(redactor);
  }

  /** Logging switched off; secrets are still registered so errors can be scrubbed. */
  public static DebugLog off(Redactor redactor) {
    return new DebugLog(Optional.empty(), redactor);
  }

  public static DebugLog to(PrintWriter sink, Redactor redactor) {
    return new DebugLog(Optional.of(sink), redactor);
  }

  public boolean enabled() {
    return sink.isPresent();
  }

  public Redactor redactor() {
    return redactor;
  }

  public void debug(String message) {
    sink.ifPresent(out -> {
      synchronized (out) {
        out.println("debug: " + redactor.scrub(message));
        out.flush();
      }
    });
  }
}
