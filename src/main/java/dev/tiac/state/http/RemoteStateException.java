package dev.tiac.state.http;

/** The remote state backend answered with an error; the message never carries credentials. */
public final class RemoteStateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RemoteStateException(String message) {
    super(message);
  }
}
