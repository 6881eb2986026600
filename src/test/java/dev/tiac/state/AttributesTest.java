package dev.tiac.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class AttributesTest {
  @Test
  void valuesFromJavaEqualTheSameValuesReadFromAFile() {
    Attributes fromJava = Attributes.of(Map.of("port", 443L, "ratio", 2.5, "tags", List.of("a", 1)));
    Attributes fromFile = Attributes.of(JsonMapper.builder().build()
        .readTree("{\"tags\": [\"a\", 1], \"ratio\": 2.5, \"port\": 443}"));
    assertEquals(fromJava, fromFile);
    assertEquals(fromJava.hashCode(), fromFile.hashCode());
  }

  @Test
  void changingACopyLeavesTheAttributesAlone() {
    ObjectNode source = JsonMapper.builder().build().createObjectNode().put("status", "ON");
    Attributes attributes = Attributes.of(source);
    source.put("status", "OFF");
    ((ObjectNode) attributes.asJson()).put("status", "OFF");
    assertEquals("{\"status\":\"ON\"}", attributes.toString());
  }

  @Test
  void refusesAnythingButAnObject() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> Attributes.of(JsonMapper.builder().build().readTree("[1, 2]")));
    assertEquals("attributes must be a JSON object, got ARRAY", refused.getMessage());
  }
}
