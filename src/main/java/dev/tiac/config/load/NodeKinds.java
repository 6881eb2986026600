package dev.tiac.config.load;

import tools.jackson.databind.JsonNode;

/** Words for what a node is, as error messages say "found …". */
public final class NodeKinds {
  private NodeKinds() {}

  public static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null (an empty value or ~)";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isBoolean()) {
      return "boolean " + node.asBoolean();
    }
    if (node.isNumber()) {
      return (node.isIntegralNumber() ? "integer " : "number ") + node.asString();
    }
    return "string \"" + abbreviate(node.asString()) + "\"";
  }

  private static String abbreviate(String text) {
    String oneLine = text.replace("\n", "\\n");
    return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
  }
}
