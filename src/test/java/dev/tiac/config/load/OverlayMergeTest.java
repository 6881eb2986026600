package dev.tiac.config.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlayMergeTest {
  @TempDir Path dir;

  private MergedDocument merge(String base, String overlay) throws IOException {
    Path a = dir.resolve("base.yaml");
    Path b = dir.resolve("overlay.yaml");
    Files.writeString(a, base);
    Files.writeString(b, overlay);
    return new DocumentLoader().load(List.of(a, b));
  }

  @Test
  void laterFileWinsForScalars() throws IOException {
    MergedDocument merged = merge("metadata:\n  name: base\n  owner: a\n", "metadata:\n  name: prod\n");
    assertEquals("prod", merged.tree().at("/metadata/name").asString());
    assertEquals("a", merged.tree().at("/metadata/owner").asString());
  }

  @Test
  void namedListItemsMergeByNameAndKeepTheirOrder() throws IOException {
    MergedDocument merged = merge(
        "policies:\n  - name: A\n    status: 'ON'\n  - name: B\n    status: 'OFF'\n",
        "policies:\n  - name: B\n    status: 'ON'\n  - name: C\n    status: 'ON'\n");
    assertEquals(3, merged.tree().at("/policies").size());
    assertEquals("A", merged.tree().at("/policies/0/name").asString());
    assertEquals("ON", merged.tree().at("/policies/1/status").asString());
    assertEquals("C", merged.tree().at("/policies/2/name").asString());
  }

  @Test
  void plainListsAreReplacedWhole() throws IOException {
    MergedDocument merged = merge("hosts: [a, b, c]\n", "hosts: [d]\n");
    assertEquals(1, merged.tree().at("/hosts").size());
  }

  @Test
  void locationsPointIntoTheFileThatSetTheValue() throws IOException {
    MergedDocument merged = merge(
        "policies:\n  - name: A\n    status: 'ON'\n  - name: B\n    status: 'OFF'\n",
        "# overlay\npolicies:\n  - name: B\n    status: 'ON'\n");
    assertEquals("overlay.yaml:4:13", merged.valueAt("/policies/1/status").toString().replaceAll("^.*/", ""));
    assertEquals("base.yaml:3:13", merged.valueAt("/policies/0/status").toString().replaceAll("^.*/", ""));
  }
}
