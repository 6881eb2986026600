package dev.tiac.config.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

class QuotedStringNodeTest {
  @Test
  void printsTheSameJsonLiteralAsJacksonWithoutItsMapper() {
    for (String value : new String[] {"plain", "quote \" and \\ backslash", "tab\tnew\nline", "ünïcödé", ""}) {
      assertEquals(StringNode.valueOf(value).toString(), new QuotedStringNode(value).toString());
    }
  }

  @Test
  void equalsTheDocumentsPlainStringsSoEnumsStillMatch() {
    QuotedStringNode shipped = new QuotedStringNode("block");
    assertEquals(StringNode.valueOf("block"), shipped);
    assertEquals(shipped, StringNode.valueOf("block"));
    assertEquals(StringNode.valueOf("block").hashCode(), shipped.hashCode());
    assertEquals(Set.of(shipped), Set.of(StringNode.valueOf("block")));
  }

  @Test
  void theShippedSchemaIsReadWithThem() {
    JsonNode schema = TreeReader.readJson("{\"enum\": [\"a\", \"b\"]}");
    assertInstanceOf(QuotedStringNode.class, schema.path("enum").get(0));
  }
}
