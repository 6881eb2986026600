/**
 * Drift reports for scheduled jobs ({@code tiac drift --report}): one {@link dev.tiac.report.ReportWriter}
 * per {@link dev.tiac.report.ReportFormat}, each a view of the same {@link dev.tiac.plan.Plan}.
 * Drift is any change apply would make, or a check that does not pass.
 */
package dev.tiac.report;
