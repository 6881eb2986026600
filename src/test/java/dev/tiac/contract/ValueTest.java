package dev.tiac.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Typed attribute values: read from JSON as written, equal by structure, written back as the same JSON. */
class ValueTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void eachJsonTypeReadsAsItsOwnValueAndWritesBackUnchanged() {
    JsonNode json = JSON.readTree("{\"on\": true, \"count\": 2, \"ratio\": 2.5, \"name\": \"ACME\", \"list\": [\"b\", \"a\"], \"map\": {\"type\": \"filtered\"}}");
    Value value = Value.of(json);
    assertEquals(Value.TRUE, value.fields().get("on"));
    assertEquals(Value.number(2), value.fields().get("count"));
    assertEquals(Value.number(new BigDecimal("2.5")), value.fields().get("ratio"));
    assertEquals(Value.text("ACME"), value.fields().get("name"));
    assertEquals(List.of(Value.text("b"), Value.text("a")), value.fields().get("list").items());
    assertEquals(value, Value.of(value.toJson()));
    assertEquals("{\"count\":2,\"list\":[\"b\",\"a\"],\"map\":{\"type\":\"filtered\"},\"name\":\"ACME\",\"on\":true,\"ratio\":2.5}",
        value.toJson().toString());
  }

  @Test
  void aNumberEqualsTheSameNumberHoweverItWasWritten() {
    assertEquals(Value.of(JSON.readTree("2")), Value.of(JSON.readTree("2.0")));
    assertEquals("2", Value.of(JSON.readTree("2.00")).toJson().toString());
    assertEquals("100", Value.number(100).toJson().toString());
  }

  @Test
  void textThatLooksLikeAnotherTypeStaysText() {
    assertNotEquals(Value.TRUE, Value.text("true"));
    assertNotEquals(Value.number(2), Value.text("2"));
    assertEquals("\"false\"", Value.text("false").toJson().toString());
  }

  @Test
  void aSetIsSortedSoThatTwoEqualSetsAreEqualValues() {
    assertEquals(Value.set(List.of("WIN_11", "WIN_10")), Value.set(List.of("WIN_10", "WIN_11")));
    assertEquals(List.of("WIN_10", "WIN_11"), Value.set(List.of("WIN_11", "WIN_10")).texts());
    assertEquals(Value.sorted(List.of(Value.number(10), Value.number(9))).items(), List.of(Value.number(9), Value.number(10)));
  }

  @Test
  void mapsCompareByTheirFieldsWhateverTheOrderTheyWereBuiltIn() {
    Value a = Value.of(JSON.readTree("{\"type\": \"specified\", \"folders\": [\"Legal\"]}"));
    Value b = Value.map(Map.of("folders", Value.set(List.of("Legal")), "type", Value.text("specified")));
    assertEquals(a, b);
    assertEquals(List.of("folders", "type"), List.copyOf(a.fields().keySet()));
  }

  @Test
  void typedReadsAnswerOnlyForTheirOwnType() {
    assertEquals(Optional.of("ON"), Value.text("ON").asText());
    assertEquals(Optional.empty(), Value.TRUE.asText());
    assertEquals(Optional.of(true), Value.TRUE.asBoolean());
    assertEquals(List.of(), Value.text("[a, b]").texts());
    assertEquals("refs", Value.textOf(Map.of("deliverTo", Value.number(1)), "deliverTo", "refs"));
  }

  @Test
  void jsonNullIsNoValue() {
    assertThrows(IllegalArgumentException.class, () -> Value.of(JSON.readTree("null")));
  }
}
