package dev.tiac.config;

import dev.tiac.config.check.DeclaredResources;
import dev.tiac.config.check.SemanticChecker;
import dev.tiac.config.diagnostics.Diagnostic;
import dev.tiac.config.diagnostics.InvalidConfigException;
import dev.tiac.config.load.DocumentLoader;
import dev.tiac.config.load.MergedDocument;
import dev.tiac.config.model.DesiredState;
import dev.tiac.config.schema.SchemaValidator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way in for desired-state files: safe YAML, overlays, JSON Schema, semantic rules, then
 * the immutable model. Any error refuses the whole input with every diagnostic found.
 */
public final class ConfigLoader {
  private final DocumentLoader documents = new DocumentLoader();
  private final SchemaValidator schema = new SchemaValidator();
  private final SemanticChecker semantics;

  public ConfigLoader(Clock clock) {
    this.semantics = new SemanticChecker(clock);
  }

  public ConfigLoader() {
    this(Clock.systemUTC());
  }

  /**
   * Semantic findings on a document the schema refused, so one run reports all it can. The rules
   * assume a schema-valid tree; where that assumption breaks, the schema errors already say why.
   */
  private List<Diagnostic> semanticsOfInvalid(MergedDocument document) {
    try {
      return semantics.check(document).stream().filter(Diagnostic::isError).toList();
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  public LoadedConfig load(List<Path> files) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no desired-state file given");
    }
    MergedDocument document = documents.load(files);
    List<Diagnostic> problems = new ArrayList<>(schema.validate(document));
    if (!problems.isEmpty()) {
      problems.addAll(semanticsOfInvalid(document));
      throw new InvalidConfigException(problems);
    }
    var declared = DeclaredResources.of(document.tree());
    List<Diagnostic> findings = semantics.check(document, declared);
    List<Diagnostic> errors = findings.stream().filter(Diagnostic::isError).toList();
    if (!errors.isEmpty()) {
      throw new InvalidConfigException(findings);
    }
    List<Diagnostic> warnings = findings.stream().filter(d -> !d.isError()).sorted().toList();
    return new LoadedConfig(document, declared, warnings, () -> bind(document));
  }

  private static DesiredState bind(MergedDocument document) {
    try {
      return binder().treeToValue(document.tree(), DesiredState.class);
    } catch (JacksonException e) {
      // The schema admits only what the model binds; reaching this is a bug in one of the two.
      throw new InvalidConfigException(List.of(Diagnostic.error(document.valueAt(""), "", "the model cannot hold this document: " + e.getOriginalMessage())));
    }
  }

  /** Built on first use only: a mapper costs start-up time that validate never needs. */
  private static JsonMapper binder() {
    return BinderHolder.BINDER;
  }

  private static final class BinderHolder {
    static final JsonMapper BINDER = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  }
}
