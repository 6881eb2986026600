package dev.tiac.config.check;

import dev.tiac.config.diagnostics.Diagnostic;
import dev.tiac.config.load.MergedDocument;
import java.util.List;

/** One semantic rule over a schema-valid document. */
interface Check {
  void run(MergedDocument document, List<Declared> declared, List<Diagnostic> out);
}
