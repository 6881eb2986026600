package dev.tiac.report;

import dev.tiac.contract.Change;
import java.util.Comparator;

/** The order people read drift in: critical first, then by address. */
final class ReportOrder {
  static final Comparator<Change> WORST_FIRST = Comparator
      .comparing((Change c) -> ResourceStatus.of(c), Comparator.reverseOrder())
      .thenComparing(Change::address);

  private ReportOrder() {}
}
