package dev.tiac.report;

import dev.tiac.plan.Plan;
import java.io.Writer;

/** Writes one drift report of a plan. Implementations are stateless and deterministic. */
public interface ReportWriter {
  /**
   * Write the report of {@code plan} to {@code out}; the writer is flushed, not closed.
   *
   * @throws java.io.UncheckedIOException when {@code out} fails
   */
  void write(Plan plan, ReportContext context, Writer out);
}
