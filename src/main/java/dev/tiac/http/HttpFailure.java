package dev.tiac.http;

import java.util.OptionalInt;

/**
 * A remote call that did not succeed. Provider clients throw subclasses that carry the
 * service's own error code; the kind tells callers whether the outcome is known. A failure is
 * never evidence that a resource is absent: only a successful read can say that.
 */
public class HttpFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the call failed. */
  public enum Kind {
    /** No usable answer (connection reset, timeout): a write may or may not have landed. */
    TRANSPORT,
    /** The server answered with an error status. */
    STATUS,
    /** The server answered, but not in the documented shape. */
    PROTOCOL,
    /** The run's deadline passed before the call was sent: it did nothing. */
    DEADLINE
  }

  private final Kind kind;
  private final int status;

  public HttpFailure(Kind kind, OptionalInt status, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = status.orElse(-1);
  }

  public HttpFailure(Kind kind, OptionalInt status, String message) {
    this(kind, status, message, null);
  }

  public Kind kind() {
    return kind;
  }

  public OptionalInt status() {
    return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /** True when the outcome of a write is unknown and only a read-back can settle it. */
  public boolean outcomeUnknown() {
    return kind == Kind.TRANSPORT;
  }
}
