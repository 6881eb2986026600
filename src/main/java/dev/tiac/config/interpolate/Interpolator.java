package dev.tiac.config.interpolate;

import dev.tiac.config.diagnostics.InvalidConfigException;
import dev.tiac.config.load.MergedDocument;
import dev.tiac.config.paths.ContainedPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a value with {@code ${…}} expressions into its text at run time. Errors name the expression,
 * never the value it resolved to.
 */
public final class Interpolator {
  private final Map<String, String> environment;
  private final ContainedPaths paths;
  private final Function<Expressions.RefAddress, Optional<String>> outputs;
  private final Optional<MergedDocument> document;

  public Interpolator(
      Map<String, String> environment,
      Path baseDirectory,
      Function<Expressions.RefAddress, Optional<String>> outputs) {
    this(environment, ContainedPaths.of(baseDirectory, tools.jackson.databind.node.MissingNode.getInstance()), outputs);
  }

  /** With the file's own path rules: a {@code ${file:…}} outside its repository is never read. */
  public Interpolator(
      Map<String, String> environment,
      ContainedPaths paths,
      Function<Expressions.RefAddress, Optional<String>> outputs) {
    this(environment, paths, outputs, Optional.empty());
  }

  private Interpolator(Map<String, String> environment, ContainedPaths paths, Function<Expressions.RefAddress, Optional<String>> outputs,
      Optional<MergedDocument> document) {
    this.environment = Map.copyOf(environment);
    this.paths = paths;
    this.outputs = outputs;
    this.document = document;
  }

  /**
   * The same interpolator, but the first unset variable is reported with every other unset variable
   * of {@code document}, each at its file:line, as an {@link InvalidConfigException}.
   */
  public Interpolator reportingAllMissingOf(MergedDocument document) {
    return new Interpolator(environment, paths, outputs, Optional.of(document));
  }

  /** Resolves every expression in {@code text}; throws {@link UnresolvedException} on the first gap. */
  public String resolve(String text) {
    Expressions.Parsed parsed = Expressions.parse(text);
    parsed.problem().ifPresent(p -> {
      throw new UnresolvedException(p);
    });
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Expression e : parsed.expressions()) {
      out.append(text, at, e.start());
      out.append(value(e));
      at = e.end();
    }
    out.append(text.substring(at));
    return out.toString().replace("$${", "${");
  }

  private String value(Expression e) {
    return switch (e.kind()) {
      case ENV -> {
        String value = environment.get(e.argument());
        if (value == null || value.isEmpty()) {
          document.map(d -> MissingEnvironment.of(d, environment)).filter(all -> !all.isEmpty()).ifPresent(all -> {
            throw new InvalidConfigException(all);
          });
          throw new UnresolvedException(e + ": the environment variable " + e.argument() + " is not set");
        }
        yield value;
      }
      case FILE -> readFile(e);
      case REF -> outputs.apply(Expressions.RefAddress.parse(e.argument()).orElseThrow())
          .orElseThrow(() -> new UnresolvedException(e + ": that output is not known yet (apply the resource first)"));
    };
  }

  private String readFile(Expression e) {
    ContainedPaths.Resolved resolved = paths.resolve(e.argument());
    if (resolved instanceof ContainedPaths.Resolved.Refused refused) {
      throw new UnresolvedException(e + ": the path " + refused.problem());
    }
    Path path = ((ContainedPaths.Resolved.Inside) resolved).path();
    try {
      String content = Files.readString(path, StandardCharsets.UTF_8);
      // Secrets files usually end with one newline that is not part of the secret.
      return content.endsWith("\r\n") ? content.substring(0, content.length() - 2)
          : content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
    } catch (IOException ex) {
      throw new UnresolvedException(e + ": cannot read " + path + " (" + ex.getClass().getSimpleName() + ")");
    }
  }

  /** A value could not be resolved; the message names the expression only. */
  public static final class UnresolvedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnresolvedException(String message) {
      super(message);
    }
  }
}
