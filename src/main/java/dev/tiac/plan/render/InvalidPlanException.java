package dev.tiac.plan.render;

/** A saved plan that cannot be read back: not JSON, another format version, or off the schema. */
public final class InvalidPlanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidPlanException(String message) {
    super(message);
  }
}
