package dev.tiac.config.diagnostics;

import java.util.List;

/** The input was refused; carries every diagnostic found, sorted by position. */
public final class InvalidConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public InvalidConfigException(List<Diagnostic> diagnostics) {
    super(diagnostics.size() + " problem(s) in the desired state");
    this.diagnostics = diagnostics.stream().sorted().toList();
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
