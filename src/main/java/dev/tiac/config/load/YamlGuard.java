package dev.tiac.config.load;

import dev.tiac.config.diagnostics.Diagnostic;
import dev.tiac.config.diagnostics.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The front door: walks snakeyaml-engine's event stream before Jackson binds anything and refuses
 * what Jackson would otherwise accept silently (an alias read as a plain string, a merge key left
 * unmerged) or what makes parsing expensive. Every refusal names its line and column.
 */
final class YamlGuard {
  private static final int MAX_DIAGNOSTICS = 100;

  private final String file;
  private final Limits limits;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private YamlGuard(String file, Limits limits) {
    this.file = file;
    this.limits = limits;
  }

  /** Returns every structural problem of {@code text}; empty when Jackson may read it. */
  static List<Diagnostic> check(String file, String text, Limits limits) {
    YamlGuard guard = new YamlGuard(file, limits);
    guard.walk(text);
    return List.copyOf(guard.diagnostics);
  }

  /**
   * One open mapping or sequence, with the keys seen so far for duplicate detection. Its pointer
   * is worked out only when a diagnostic needs it: escaping a pointer for every node of a valid
   * 1 MiB file was a tenth of its validation.
   */
  private static final class Frame {
    final boolean mapping;
    private final Frame parent;
    private final String slotKey;
    private final int slotIndex;
    private String pointer;
    final Map<String, Mark> keys = new HashMap<>();
    boolean expectKey = true;
    int index;
    String pendingKey;

    /** A frame opened in {@code parent}'s current slot; a root frame has none. */
    Frame(boolean mapping, Frame parent) {
      this.mapping = mapping;
      this.parent = parent;
      this.slotKey = parent != null && parent.mapping ? parent.currentKey() : null;
      this.slotIndex = parent != null && !parent.mapping ? parent.index : -1;
    }

    String pointer() {
      if (pointer == null) {
        pointer = parent == null ? "" : slotKey != null ? Pointers.child(parent.pointer(), slotKey) : Pointers.child(parent.pointer(), slotIndex);
      }
      return pointer;
    }

    private String currentKey() {
      return pendingKey == null ? "?" : pendingKey;
    }

    /** Pointer of the node about to start inside this frame. */
    String childPointer() {
      return mapping ? Pointers.child(pointer(), currentKey()) : Pointers.child(pointer(), index);
    }

    void valueDone() {
      if (mapping) {
        expectKey = true;
        pendingKey = null;
      } else {
        index++;
      }
    }
  }

  private void walk(String text) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file)
            .setCodePointLimit(limits.maxDocumentBytes() + 1)
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(0)
            .build();
    Deque<Frame> stack = new ArrayDeque<>();
    int documents = 0;
    try {
      for (Event event : new Parse(settings).parseString(text)) {
        if (diagnostics.size() >= MAX_DIAGNOSTICS) {
          return;
        }
        switch (event.getEventId()) {
          case DocumentStart -> {
            documents++;
            if (documents > 1) {
              error(event, "", "a file holds one YAML document; a second one starts here (---): split it into another file");
              return;
            }
          }
          case Alias -> {
            error(event, pointerFor(stack), "aliases (*name) are not supported: write the value out in full");
            afterValue(stack);
          }
          case Scalar -> scalar((ScalarEvent) event, stack);
          case MappingStart, SequenceStart -> {
            CollectionStartEvent start = (CollectionStartEvent) event;
            refuseAnchorAndTag(start, start.getTag(), stack);
            if (!stack.isEmpty() && stack.peek().mapping && stack.peek().expectKey) {
              error(event, pointerFor(stack), "a key must be a plain string, not a mapping or a list");
            }
            if (stack.size() >= limits.maxDepth()) {
              error(event, pointerFor(stack), "nesting deeper than " + limits.maxDepth() + " levels");
              return;
            }
            stack.push(new Frame(event.getEventId() == Event.ID.MappingStart, stack.peek()));
          }
          case MappingEnd, SequenceEnd -> {
            stack.pop();
            afterValue(stack);
          }
          default -> {}
        }
      }
    } catch (MarkedYamlEngineException e) {
      SourceLocation at = e.getProblemMark().map(this::location).orElse(SourceLocation.startOf(file));
      diagnostics.add(Diagnostic.error(at, "", "not valid YAML: " + e.getProblem()));
    } catch (YamlEngineException e) {
      diagnostics.add(Diagnostic.error(SourceLocation.startOf(file), "", "not valid YAML: " + e.getMessage()));
    }
  }

  private void scalar(ScalarEvent scalar, Deque<Frame> stack) {
    Frame frame = stack.peek();
    refuseAnchorAndTag(scalar, scalar.getTag(), stack);
    if (scalar.getValue().length() > limits.maxScalarChars()) {
      error(scalar, pointerFor(stack), "a value longer than " + limits.maxScalarChars() + " characters");
    }
    if (frame != null && frame.mapping && frame.expectKey) {
      key(scalar, frame);
      return;
    }
    afterValue(stack);
  }

  private void key(ScalarEvent key, Frame frame) {
    String name = key.getValue();
    if (key.isPlain() && name.equals("<<")) {
      error(key, Pointers.child(frame.pointer(), name), "merge keys (<<) are not supported: write the keys out in full");
    }
    Mark here = key.getStartMark().orElse(null);
    Mark first = frame.keys.putIfAbsent(name, here);
    if (first != null) {
      error(
          key,
          Pointers.child(frame.pointer(), name),
          "duplicate key \"" + name + "\": first defined at line " + (first.getLine() + 1)
              + ", column " + (first.getColumn() + 1) + ", again at line "
              + key.getStartMark().map(m -> m.getLine() + 1).orElse(0));
    }
    frame.pendingKey = name;
    frame.expectKey = false;
  }

  private void refuseAnchorAndTag(NodeEvent event, Optional<String> tag, Deque<Frame> stack) {
    event.getAnchor()
        .ifPresent(a -> error(event, pointerFor(stack), "anchors (&" + a.getValue() + ") are not supported: write each value out in full"));
    tag.ifPresent(t -> error(event, pointerFor(stack), "explicit tags (" + t + ") are not supported: quote the value if it must stay a string"));
  }

  private static String pointerFor(Deque<Frame> stack) {
    return stack.isEmpty() ? "" : stack.peek().childPointer();
  }

  private static void afterValue(Deque<Frame> stack) {
    if (!stack.isEmpty()) {
      stack.peek().valueDone();
    }
  }

  private void error(Event event, String pointer, String message) {
    SourceLocation at = event.getStartMark().map(this::location).orElse(SourceLocation.startOf(file));
    diagnostics.add(Diagnostic.error(at, pointer, message));
  }

  private SourceLocation location(Mark mark) {
    return new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
  }
}
