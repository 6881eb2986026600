package dev.tiac.query.source;

/**
 * A source could not answer. {@code prerequisite} marks refusals that mean the setup is missing
 * something (a licence, an API type, a policy) rather than a passing fault, so the result can say
 * exactly that instead of reporting nothing found.
 */
public final class SourceFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Service service;
  private final boolean prerequisite;

  public SourceFailure(Service service, boolean prerequisite, String message, Throwable cause) {
    super(message, cause);
    this.service = service;
    this.prerequisite = prerequisite;
  }

  public Service service() {
    return service;
  }

  public boolean prerequisite() {
    return prerequisite;
  }
}
