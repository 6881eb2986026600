package dev.tiac.config.load;

import dev.tiac.config.diagnostics.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The desired state as one tree after overlays, with the origin of every part. */
public record MergedDocument(List<Path> files, JsonNode tree, NodeLocations locations) {
  public SourceLocation valueAt(String pointer) {
    return locations.valueAt(tree, pointer);
  }

  public SourceLocation keyAt(String pointer) {
    return locations.keyAt(tree, pointer);
  }

  /** Directory a relative ${file:…} or caFile of the first document is resolved against. */
  public Path baseDirectory() {
    Path parent = files.get(0).toAbsolutePath().getParent();
    return parent == null ? Path.of(".").toAbsolutePath() : parent;
  }
}
