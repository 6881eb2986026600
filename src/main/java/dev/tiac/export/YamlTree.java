package dev.tiac.export;

import dev.tiac.contract.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML document built as snakeyaml-engine nodes, comments included, and written by its emitter:
 * the emitter quotes whatever YAML would otherwise read as something else ({@code @acme campaign},
 * {@code - seen twice}, {@code true}), so an export always loads back as the values it holds.
 */
final class YamlTree {
  /** Words YAML 1.1 tools still read as booleans; quoted so that none of them misreads a status. */
  private static final Set<String> TRUTHY = Set.of("y", "n", "yes", "no", "on", "off", "true", "false");
  /** Dates, which YAML 1.1 tools read as timestamps. */
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d?-\\d\\d?([Tt ].*)?");
  private static final DumpSettings SETTINGS = DumpSettings.builder().setDumpComments(true).setIndent(2).setIndicatorIndent(2)
      .setIndentWithIndicator(true).setWidth(Integer.MAX_VALUE).setSplitLines(false).build();

  private YamlTree() {}

  /** A block mapping under construction; comments attach to the key that follows them. */
  static final class Map {
    private final List<NodeTuple> entries = new ArrayList<>();
    private final List<CommentLine> pending = new ArrayList<>();

    Map put(String key, Node value) {
      ScalarNode k = new ScalarNode(Tag.STR, key, ScalarStyle.PLAIN);
      k.setBlockComments(List.copyOf(pending));
      pending.clear();
      entries.add(new NodeTuple(k, value));
      return this;
    }

    /** Comment lines, each written as {@code # line}; an empty line is a blank line. */
    Map comment(String... lines) {
      for (String line : lines) {
        pending.add(new CommentLine(Optional.empty(), Optional.empty(), line.isEmpty() ? "" : " " + line,
            line.isEmpty() ? CommentType.BLANK_LINE : CommentType.BLOCK));
      }
      return this;
    }

    boolean hasEntries() {
      return !entries.isEmpty();
    }

    /** The comments this mapping holds for its keys: how it reads commented out as a whole. */
    List<String> commentedOut() {
      List<String> lines = new ArrayList<>();
      entries.forEach(e -> e.getKeyNode().getBlockComments().forEach(c -> lines.add(c.getValue().strip())));
      pending.forEach(c -> lines.add(c.getValue().strip()));
      return lines;
    }

    MappingNode node() {
      MappingNode node = new MappingNode(Tag.MAP, List.copyOf(entries), FlowStyle.BLOCK);
      node.setEndComments(List.copyOf(pending));
      return node;
    }
  }

  /** Text as a string scalar: plain where YAML reads it back as the same string, quoted otherwise. */
  static Node text(String value) {
    boolean ambiguous = TRUTHY.contains(value.toLowerCase(Locale.ROOT)) || DATE.matcher(value).matches() || value.contains("${");
    return new ScalarNode(Tag.STR, value, ambiguous ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.PLAIN);
  }

  static Node bool(boolean value) {
    return new ScalarNode(Tag.BOOL, Boolean.toString(value), ScalarStyle.PLAIN);
  }

  static Node number(BigDecimal value) {
    return new ScalarNode(value.scale() <= 0 ? Tag.INT : Tag.FLOAT, value.toPlainString(), ScalarStyle.PLAIN);
  }

  /** A typed value: lists of scalars inline ({@code [WIN_10, WIN_11]}), maps and other lists as blocks. */
  static Node of(Value value) {
    if (value instanceof Value.Items list) {
      boolean scalars = list.items().stream().noneMatch(i -> i instanceof Value.Items || i instanceof Value.Fields);
      return new SequenceNode(Tag.SEQ, list.items().stream().map(YamlTree::of).toList(), scalars ? FlowStyle.FLOW : FlowStyle.BLOCK);
    }
    if (value instanceof Value.Fields fields) {
      Map map = new Map();
      fields.fields().forEach((k, v) -> map.put(k, of(v)));
      return map.node();
    }
    return value.asText().map(YamlTree::text).or(() -> value.asNumber().map(YamlTree::number))
        .orElseGet(() -> bool(value.asBoolean().orElseThrow()));
  }

  /** A list written one item per line. */
  static Node block(List<Node> items) {
    return new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK);
  }

  /** One scalar on one line, for a value shown inside a comment. */
  static String inline(String value) {
    boolean oneLine = value.codePoints().noneMatch(c -> c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029);
    Node node = oneLine ? text(value) : new ScalarNode(Tag.STR, value, ScalarStyle.DOUBLE_QUOTED);
    // A document of one plain scalar may end with "...": the first line is the scalar.
    return write(node).lines().findFirst().orElse("").strip();
  }

  static String write(Node root) {
    StringBuilder out = new StringBuilder();
    new Dump(SETTINGS).dumpNode(root, new StreamDataWriter() {
      @Override
      public void write(String str) {
        out.append(str);
      }

      @Override
      public void write(String str, int off, int len) {
        out.append(str, off, off + len);
      }
    });
    return out.toString();
  }
}
