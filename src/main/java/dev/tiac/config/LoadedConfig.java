package dev.tiac.config;

import dev.tiac.config.check.Declared;
import dev.tiac.config.diagnostics.Diagnostic;
import dev.tiac.config.load.MergedDocument;
import dev.tiac.config.model.DesiredState;
import java.util.List;
import java.util.function.Supplier;

/**
 * A desired state that passed every check: the model, where it came from, and what it declares.
 * The model is bound on first use, because binding costs start-up time that {@code validate}
 * (a pre-commit hook, run on every commit) does not need.
 */
public final class LoadedConfig {
  private final MergedDocument document;
  private final List<Declared> resources;
  private final List<Diagnostic> warnings;
  private final Supplier<DesiredState> binder;
  private DesiredState state;

  LoadedConfig(MergedDocument document, List<Declared> resources, List<Diagnostic> warnings, Supplier<DesiredState> binder) {
    this.document = document;
    this.resources = List.copyOf(resources);
    this.warnings = List.copyOf(warnings);
    this.binder = binder;
  }

  public synchronized DesiredState state() {
    if (state == null) {
      state = binder.get();
    }
    return state;
  }

  public MergedDocument document() {
    return document;
  }

  public List<Declared> resources() {
    return resources;
  }

  public List<Diagnostic> warnings() {
    return warnings;
  }
}
