package dev.tiac.cli;

import dev.tiac.config.diagnostics.Diagnostic;
import java.io.PrintWriter;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The machine-readable form of a validation result, for editors and CI annotations. */
final class DiagnosticsJson {
  private DiagnosticsJson() {}

  static void print(PrintWriter out, boolean valid, List<Diagnostic> diagnostics) {
    JsonMapper mapper = JsonMapper.shared();
    ObjectNode root = mapper.createObjectNode();
    root.put("formatVersion", "1");
    root.put("valid", valid);
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : diagnostics) {
      ObjectNode node = list.addObject();
      node.put("severity", d.severity().name().toLowerCase(java.util.Locale.ROOT));
      node.put("file", d.location().file());
      node.put("line", d.location().line());
      node.put("column", d.location().column());
      node.put("pointer", d.pointer());
      node.put("message", d.message());
    }
    out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
  }
}
