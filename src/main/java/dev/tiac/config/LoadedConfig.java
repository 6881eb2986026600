package dev.tiac.config;

import dev.tiac.config.check.Declared;
import dev.tiac.config.load.MergedDocument;
import dev.tiac.config.model.DesiredState;
import java.util.List;

/** A desired state that passed every check: the model, where it came from, and what it declares. */
public record LoadedConfig(
    DesiredState state, MergedDocument document, List<Declared> resources, List<Diagnostic> warnings) {
  public LoadedConfig {
    resources = List.copyOf(resources);
    warnings = List.copyOf(warnings);
  }
}
