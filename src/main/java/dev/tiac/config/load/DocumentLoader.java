package dev.tiac.config.load;

import dev.tiac.config.diagnostics.Diagnostic;
import dev.tiac.config.diagnostics.InvalidConfigException;
import dev.tiac.config.diagnostics.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads one or more desired-state files into a single located tree, refusing unsafe YAML. */
public final class DocumentLoader {
  private final Limits limits;
  private final TreeReader reader;

  public DocumentLoader(Limits limits) {
    this.limits = limits;
    this.reader = new TreeReader(limits);
  }

  public DocumentLoader() {
    this(Limits.DEFAULT);
  }

  /** Loads and merges {@code files} in order; throws with every problem of every file. */
  public MergedDocument load(List<Path> files) {
    NodeLocations locations = new NodeLocations();
    List<Diagnostic> problems = new ArrayList<>();
    List<JsonNode> trees = new ArrayList<>();
    for (Path file : files) {
      String name = displayName(file);
      try {
        String text = readText(file, name);
        List<Diagnostic> unsafe = YamlGuard.check(name, text, limits);
        if (!unsafe.isEmpty()) {
          problems.addAll(unsafe);
          continue;
        }
        JsonNode tree = reader.read(name, text, locations);
        if (!tree.isObject()) {
          problems.add(Diagnostic.error(SourceLocation.startOf(name), "", "expected a mapping at the top of the file (apiVersion, kind, metadata, …), found " + NodeKinds.describe(tree)));
          continue;
        }
        trees.add(tree);
      } catch (InvalidConfigException e) {
        problems.addAll(e.diagnostics());
      } catch (JacksonException e) {
        var at = e.getLocation();
        SourceLocation where = at == null ? SourceLocation.startOf(name) : new SourceLocation(name, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
        problems.add(Diagnostic.error(where, "", "cannot read: " + e.getOriginalMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(problems);
    }
    DocumentMerger merger = new DocumentMerger(locations);
    JsonNode merged = trees.get(0);
    for (int i = 1; i < trees.size(); i++) {
      merged = merger.merge(merged, trees.get(i));
    }
    return new MergedDocument(List.copyOf(files), merged, locations);
  }

  private String readText(Path file, String name) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(limits.maxDocumentBytes() + 1);
      if (bytes.length > limits.maxDocumentBytes()) {
        throw refusal(name, "the file is larger than " + limits.maxDocumentBytes() / 1024 + " KiB; a desired-state file is never that large");
      }
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (NoSuchFileException e) {
      throw refusal(name, "no such file");
    } catch (CharacterCodingException e) {
      throw refusal(name, "the file is not UTF-8 text");
    } catch (IOException e) {
      throw refusal(name, "cannot read the file: " + e.getMessage());
    }
  }

  private static InvalidConfigException refusal(String name, String message) {
    return new InvalidConfigException(List.of(Diagnostic.error(SourceLocation.startOf(name), "", message)));
  }

  private static String displayName(Path file) {
    Path cwd = Path.of("").toAbsolutePath();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : file.toString();
  }
}
