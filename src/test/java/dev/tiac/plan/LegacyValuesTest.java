package dev.tiac.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiac.contract.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A state saved when every value was text reads back typed, as the file now types it, so an upgrade plans nothing. */
class LegacyValuesTest {
  @Test
  void oldTextReadsAsItsAttributesType() {
    Map<String, Value> typed = LegacyValues.typed(Map.of(
        "deploy", Value.text("false"),
        "priority", Value.text("2"),
        "apiTypes", Value.text("[threatInvestigation.emailMessage, logRetrieval]"),
        "targets", Value.text("{operatingSystems=[WIN_10, WIN_11], type=filtered}"),
        "senders", Value.text("[]")));
    assertEquals(Value.FALSE, typed.get("deploy"));
    assertEquals(Value.number(2), typed.get("priority"));
    assertEquals(Value.set(List.of("logRetrieval", "threatInvestigation.emailMessage")), typed.get("apiTypes"));
    assertEquals(Value.map(Map.of("operatingSystems", Value.set(List.of("WIN_10", "WIN_11")), "type", Value.text("filtered"))), typed.get("targets"));
    assertEquals(Value.set(List.of()), typed.get("senders"));
  }

  @Test
  void textAttributesAndTypedValuesStayAsStored() {
    Map<String, Value> stored = Map.of("notes", Value.text("[x]"), "status", Value.text("true"), "priority", Value.number(3),
        "scheduleHours", Value.text("every day"));
    assertEquals(stored, LegacyValues.typed(stored));
  }

  @Test
  void aPlanOfAnUpgradedStateMatchesTheFilesTypes() {
    Map<String, Value> declared = Map.of("enabled", Value.TRUE, "scheduleHours", Value.number(4));
    assertEquals(declared, LegacyValues.typed(Map.of("enabled", Value.text("true"), "scheduleHours", Value.text("4"))));
  }
}
