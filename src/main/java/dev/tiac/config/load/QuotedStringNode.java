package dev.tiac.config.load;

import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.node.StringNode;

/**
 * A string node that prints itself as a JSON string literal without Jackson's shared mapper.
 * networknt words its enum messages with {@code toString()} while compiling a schema, and the
 * first such call builds {@code JsonMapper.shared()}: ~80 ms that every {@code tiac validate}
 * would pay although a valid file never shows a message. Equality is StringNode's (by value,
 * {@code instanceof}), so validation compares it with the document's plain string nodes as before.
 */
final class QuotedStringNode extends StringNode {
  private static final long serialVersionUID = 1L;

  QuotedStringNode(String value) {
    super(value);
  }

  @Override
  public String toString() {
    return '"' + new String(JsonStringEncoder.getInstance().quoteAsCharArray(_value)) + '"';
  }
}
