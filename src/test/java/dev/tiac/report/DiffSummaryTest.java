package dev.tiac.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A table cell holds one line per attribute, however large its value. */
class DiffSummaryTest {
  @Test
  void aScalarsChangeIsShownWhole() {
    assertEquals("~ status: \"ON\" -> \"OFF\"", DiffSummary.of(AttributeChange.plain("status", Optional.of(Value.text("ON")), Optional.of(Value.text("OFF")))));
  }

  @Test
  void aTwoThousandEntryListChangeIsCounted() {
    List<String> before = IntStream.range(0, 2_000).mapToObj(i -> "sender" + i + "@spam.example").toList();
    List<String> after = new ArrayList<>(before.subList(1, before.size()));
    after.add("new@phish.example");
    assertEquals("~ senders: 1 added, 1 removed, 1,999 unchanged",
        DiffSummary.of(AttributeChange.plain("senders", Optional.of(Value.set(before)), Optional.of(Value.set(after)))));
    assertEquals("+ senders: [1,999 entries]", DiffSummary.of(AttributeChange.plain("senders", Optional.empty(), Optional.of(Value.set(after.subList(1, 2_000))))));
  }

  @Test
  void aChangedMapNamesItsChangedFieldsAndAShortNewOneIsInline() {
    Value before = Value.map(Map.of("type", Value.text("filtered"), "operatingSystems", Value.set(List.of("WIN_10"))));
    Value after = Value.map(Map.of("type", Value.text("filtered"), "operatingSystems", Value.set(List.of("WIN_11"))));
    assertEquals("~ targets: operatingSystems changed", DiffSummary.of(AttributeChange.plain("targets", Optional.of(before), Optional.of(after))));
    assertEquals("+ targets: {operatingSystems: [\"WIN_11\"], type: \"filtered\"}", DiffSummary.of(AttributeChange.plain("targets", Optional.empty(), Optional.of(after))));
  }

  @Test
  void aSecretShowsNoValue() {
    assertEquals("~ password: (sensitive value)", DiffSummary.of(AttributeChange.secret("password", true)));
  }
}
