package dev.tiac.plan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiac.contract.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DiffLinesTest {
  @Test
  void scalarsAreInlineBooleansAndNumbersBareStringsQuoted() {
    assertEquals("~ status: \"ON\" -> \"OFF\"", text("status", Value.text("ON"), Value.text("OFF")));
    assertEquals("~ enabled: false -> true", text("enabled", Value.FALSE, Value.TRUE));
    assertEquals("+ priority: 2", text("priority", null, Value.number(2)));
    assertEquals("- scanAction: \"log\"", text("scanAction", Value.text("log"), null));
  }

  @Test
  void aChangedMapShowsItsChangedFieldsAndFoldsTheOthers() {
    Value before = Value.map(Map.of("type", Value.text("filtered"), "operatingSystems", Value.set(List.of("WIN_10", "WIN_11"))));
    Value after = Value.map(Map.of("type", Value.text("filtered"), "operatingSystems", Value.set(List.of("WIN_11", "WIN_2019"))));
    assertEquals("""
        ~ targets: {
            ~ operatingSystems: [
                - "WIN_10",
                  # (1 unchanged entry hidden)
                + "WIN_2019",
              ]
              # (1 unchanged field hidden)
          }""", text("targets", before, after));
  }

  @Test
  void aNewMapIsDrawnWholeEveryEntryAdded() {
    Value targets = Value.map(Map.of("type", Value.text("specified"), "folders", Value.set(List.of("ACME, Inc/Legal", "Workgroup"))));
    assertEquals("""
        + targets: {
            + folders: [
                + "ACME, Inc/Legal",
                + "Workgroup",
              ]
            + type: "specified"
          }""", text("targets", null, targets));
  }

  @Test
  void aTwoThousandEntryListChangeShowsOnlyTheAddedAndRemovedEntries() {
    List<String> before = IntStream.range(0, 2_000).mapToObj(i -> String.format("sender%04d@spam.example", i)).toList();
    List<String> after = new ArrayList<>(before);
    after.remove("sender1500@spam.example");
    after.add("new@phish.example");
    assertEquals("""
        ~ senders: [
            + "new@phish.example",
              # (1,500 unchanged entries hidden)
            - "sender1500@spam.example",
              # (499 unchanged entries hidden)
          ]""", text("senders", Value.set(before), Value.set(after)));
  }

  @Test
  void aValueThatChangesShapeIsRemovedThenAdded() {
    assertEquals("""
        - targets: [
            - "a",
          ]
        + targets: "a\"""", text("targets", Value.list(List.of(Value.text("a"))), Value.text("a")));
  }

  @Test
  void controlCharactersAndOddKeysAreEscaped() {
    Value after = Value.map(Map.of("evil key", Value.text("\u001b[31mred")));
    assertEquals("""
        + notes: {
            + "evil key": "\\u001b[31mred"
          }""", text("notes", null, after));
  }

  @Test
  void markerFirstPutsTheMarkerInTheFirstColumn() {
    List<DiffLine> lines = DiffLines.of("apiTypes", Optional.of(Value.set(List.of("a"))), Optional.of(Value.set(List.of("a", "b"))));
    assertEquals(List.of("~ apiTypes: [", "      # (1 unchanged entry hidden)", "+     \"b\",", "  ]"),
        lines.stream().map(DiffLine::markerFirst).toList());
  }

  private static String text(String name, Value before, Value after) {
    return String.join("\n", DiffLines.of(name, Optional.ofNullable(before), Optional.ofNullable(after)).stream().map(DiffLine::indented).toList());
  }
}
