package dev.tiac.sandbox.console;

/** A console operation the real console would refuse, with the HTTP status the management API answers. */
public final class ConsoleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the operation was refused. */
  public enum Kind {
    INVALID(400), NOT_FOUND(404), CONFLICT(409);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final Kind kind;

  public ConsoleException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
