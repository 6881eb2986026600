package dev.tiac.plan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.contract.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ValueDiffTest {
  @Test
  void equalValuesAreTheSame() {
    assertEquals(new ValueDiff.Same(Value.number(2)), ValueDiff.of(Value.number(2), Value.number(2)));
  }

  @Test
  void aChangedScalarIsReplaced() {
    assertEquals(new ValueDiff.Replaced(Value.text("ON"), Value.text("OFF")), ValueDiff.of(Value.text("ON"), Value.text("OFF")));
  }

  @Test
  void anAbsentSideIsAnAdditionOrARemoval() {
    assertEquals(Optional.of(new ValueDiff.Added(Value.TRUE)), ValueDiff.of(Optional.empty(), Optional.of(Value.TRUE)));
    assertEquals(Optional.of(new ValueDiff.Removed(Value.TRUE)), ValueDiff.of(Optional.of(Value.TRUE), Optional.empty()));
    assertEquals(Optional.empty(), ValueDiff.of(Optional.empty(), Optional.empty()));
  }

  @Test
  void mapsCompareFieldByField() {
    Value before = Value.map(Map.of("type", Value.text("filtered"), "operatingSystems", Value.set(List.of("WIN_10", "WIN_11"))));
    Value after = Value.map(Map.of("type", Value.text("filtered"), "operatingSystems", Value.set(List.of("WIN_11", "WIN_2019")),
        "folders", Value.set(List.of("Legal"))));
    ValueDiff.InMap diff = assertInstanceOf(ValueDiff.InMap.class, ValueDiff.of(before, after));
    assertEquals(new ValueDiff.Same(Value.text("filtered")), diff.fields().get("type"));
    assertEquals(new ValueDiff.Added(Value.set(List.of("Legal"))), diff.fields().get("folders"));
    assertEquals(new ValueDiff.InList(List.of(new ValueDiff.Removed(Value.text("WIN_10")), new ValueDiff.Same(Value.text("WIN_11")),
        new ValueDiff.Added(Value.text("WIN_2019")))), diff.fields().get("operatingSystems"));
  }

  @Test
  void aMoveInAnOrderedListIsARemovalAndAnAddition() {
    ValueDiff.InList diff = assertInstanceOf(ValueDiff.InList.class, ValueDiff.of(texts("a", "b", "c"), texts("b", "c", "a")));
    assertEquals(List.of(new ValueDiff.Removed(Value.text("a")), new ValueDiff.Same(Value.text("b")), new ValueDiff.Same(Value.text("c")),
        new ValueDiff.Added(Value.text("a"))), diff.entries());
  }

  @Test
  void aFewEditsInTwoThousandEntriesAreJustThoseEdits() {
    List<String> before = IntStream.range(0, 2_000).mapToObj(i -> String.format("sender%04d@spam.example", i)).toList();
    List<String> after = new ArrayList<>(before);
    after.remove("sender0500@spam.example");
    after.remove("sender1500@spam.example");
    after.add("zz-new@spam.example");
    after.add("aa-new@spam.example");
    after.add("sender1000x@spam.example");
    ValueDiff.InList diff = assertInstanceOf(ValueDiff.InList.class, ValueDiff.of(Value.set(before), Value.set(after)));
    assertEquals(List.of(new ValueDiff.Added(Value.text("aa-new@spam.example")), new ValueDiff.Removed(Value.text("sender0500@spam.example")),
        new ValueDiff.Added(Value.text("sender1000x@spam.example")), new ValueDiff.Removed(Value.text("sender1500@spam.example")),
        new ValueDiff.Added(Value.text("zz-new@spam.example"))), diff.entries().stream().filter(e -> !e.unchanged()).toList());
    assertEquals(1_998, diff.entries().stream().filter(ValueDiff::unchanged).count());
  }

  /** Random lists: the entries give back both sides, and no alignment has fewer edits (checked against the LCS). */
  @Test
  void listDiffsAreCompleteAndMinimal() {
    Random random = new Random(13);
    for (int round = 0; round < 500; round++) {
      List<Value> before = randomList(random);
      List<Value> after = randomList(random);
      List<ValueDiff> entries = EntryDiff.entries(before, after);
      assertEquals(before, side(entries, true), "before of " + before + " -> " + after);
      assertEquals(after, side(entries, false), "after of " + before + " -> " + after);
      long edits = entries.stream().filter(e -> !e.unchanged()).count();
      assertEquals(before.size() + after.size() - 2L * lcs(before, after), edits, before + " -> " + after);
    }
  }

  @Test
  void listsTooDifferentToAlignAreStillDescribedWhole() {
    List<Value> before = IntStream.range(0, 1_200).mapToObj(i -> (Value) Value.number(i)).toList();
    List<Value> after = IntStream.range(0, 1_200).mapToObj(i -> (Value) Value.number(-i - 1)).toList();
    List<ValueDiff> entries = EntryDiff.entries(before, after);
    assertEquals(before, side(entries, true));
    assertEquals(after, side(entries, false));
    assertTrue(entries.stream().noneMatch(ValueDiff::unchanged));
  }

  private static Value texts(String... texts) {
    return Value.list(List.of(texts).stream().map(Value::text).toList());
  }

  private static List<Value> randomList(Random random) {
    return IntStream.range(0, random.nextInt(12)).mapToObj(i -> (Value) Value.text(String.valueOf((char) ('a' + random.nextInt(5))))).toList();
  }

  private static List<Value> side(List<ValueDiff> entries, boolean before) {
    List<Value> out = new ArrayList<>();
    for (ValueDiff e : entries) {
      if (e instanceof ValueDiff.Same s) {
        out.add(s.value());
      } else if (e instanceof ValueDiff.Removed r && before) {
        out.add(r.value());
      } else if (e instanceof ValueDiff.Added a && !before) {
        out.add(a.value());
      }
    }
    return out;
  }

  private static int lcs(List<Value> a, List<Value> b) {
    int[][] t = new int[a.size() + 1][b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        t[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    return t[a.size()][b.size()];
  }
}
