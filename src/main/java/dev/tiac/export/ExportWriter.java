package dev.tiac.export;

import dev.tiac.config.load.Pointers;
import dev.tiac.config.schema.SecretFields;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Entry;
import dev.tiac.contract.spi.Exported;
import dev.tiac.contract.spi.KindDefinition;
import dev.tiac.contract.spi.KindRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import tools.jackson.databind.JsonNode;

/**
 * Writes a desired-state file from a {@link LiveTenant}: what the services show as live entries;
 * what only a person can confirm (a runbook-only setting, a write-only password, an attribute no
 * console shows) as commented entries. Secrets are always {@code ${env:…}} placeholders. The file
 * is built as YAML nodes and written by snakeyaml-engine, so any text a console holds round-trips.
 */
public final class ExportWriter {
  static final String MODELINE = "yaml-language-server: $schema=https://tiac.dev/schemas/tiac-v1.schema.json";

  private ExportWriter() {}

  /**
   * @param name the setup's metadata name
   * @param connections the connections section to keep (from {@code --from}), if any
   * @param kinds what each kind writes, in the order the file lists the kinds
   */
  public static String write(LiveTenant tenant, String name, Optional<JsonNode> connections, KindRegistry kinds) {
    YamlTree.Map root = new YamlTree.Map().comment(MODELINE, "",
        "Exported by tiac export from the live services. Review every commented entry: it is a setting",
        "tiac could not read (a console step only a runbook confirms, a write-only secret, or an attribute",
        "the console does not show). Uncomment what is true for this tenant, then run tiac plan.");
    root.put("apiVersion", YamlTree.text("tiac.dev/v1")).put("kind", YamlTree.text("ThreatInvestigationSetup"))
        .put("metadata", new YamlTree.Map().put("name", YamlTree.text(name)).node());
    connections.ifPresentOrElse(c -> root.comment("").put("connections", copy(c, "/connections")),
        () -> root.comment("", "connections: none exported (the sandbox's are used with --sandbox); see docs/format.md."));
    Entry sections = new Entry();
    for (KindDefinition kind : kinds.all()) {
      kind.export(tenant.of(kind.kind()), tenant.runbookOnly().contains(kind.kind())).forEach(e -> place(sections, e));
    }
    for (Entry.Field section : sections.fields()) {
      root.comment("");
      Entry body = ((Entry.Nested) section.held()).entry();
      if (body.fields().isEmpty()) {
        // YAML refuses an empty mapping: a section with nothing live is commented out as a whole.
        root.comment(section.key() + ":");
        body.endComments().forEach(line -> root.comment("  # " + line));
      } else {
        root.put(section.key(), map(body).node());
      }
    }
    return YamlTree.write(root.node());
  }

  /** Puts what a kind exports where its pointer says, in the mappings the earlier kinds began. */
  private static void place(Entry root, Exported exported) {
    List<String> path = Pointers.segments(exported.pointer());
    Entry parent = root;
    for (String segment : path.subList(0, path.size() - 1)) {
      parent = parent.child(segment);
    }
    String key = path.get(path.size() - 1);
    if (exported instanceof Exported.One one) {
      parent.put(key, one.entry());
    } else if (exported instanceof Exported.Each each) {
      parent.put(key, new Entry.Items(each.entries()));
    } else if (exported instanceof Exported.Commented commented) {
      parent.comment(commented.lines().toArray(String[]::new));
    }
  }

  private static YamlTree.Map map(Entry entry) {
    YamlTree.Map m = new YamlTree.Map();
    for (Entry.Field f : entry.fields()) {
      m.comment(f.comments().toArray(String[]::new)).put(f.key(), node(f.held()));
    }
    return m.comment(entry.endComments().toArray(String[]::new));
  }

  private static Node node(Entry.Held held) {
    if (held instanceof Entry.Scalar s) {
      return YamlTree.of(s.value());
    }
    if (held instanceof Entry.Lines l) {
      return YamlTree.block(l.items().stream().map(YamlTree::of).toList());
    }
    if (held instanceof Entry.Nested n) {
      return map(n.entry()).node();
    }
    return YamlTree.block(((Entry.Items) held).entries().stream().map(e -> (Node) map(e).node()).toList());
  }

  /** A subtree of the source file, with every secret replaced by an environment placeholder. */
  private static Node copy(JsonNode node, String pointer) {
    if (node.isObject()) {
      YamlTree.Map m = new YamlTree.Map();
      node.properties().forEach(e -> m.put(e.getKey(), copy(e.getValue(), pointer + "/" + e.getKey())));
      return m.node();
    }
    if (node.isArray()) {
      List<Value> items = new ArrayList<>();
      node.forEach(v -> items.add(Value.of(v)));
      return YamlTree.of(Value.list(items));
    }
    if (node.isString() && SecretFields.isSecret(pointer) && !node.asString().startsWith("${")) {
      return YamlTree.text("${env:TIAC_" + pointer.substring(1).replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT) + "}");
    }
    return YamlTree.of(Value.of(node));
  }
}
