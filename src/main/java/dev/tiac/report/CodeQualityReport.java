package dev.tiac.report;

import dev.tiac.config.diagnostics.SourceLocation;
import dev.tiac.contract.Change;
import dev.tiac.plan.Plan;
import dev.tiac.plan.render.DiffLine;
import dev.tiac.time.ShownTime;
import java.io.Writer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GitLab's Code Quality report (a JSON array of issues, the {@code codequality} artifact): one issue
 * per drifted or unverified resource on the line of the desired-state file that declares it, so the merge
 * request shows drift beside the YAML. The fingerprint is the SARIF one: the same drift on the same
 * resource is the same issue from one pipeline to the next.
 */
final class CodeQualityReport implements ReportWriter {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public void write(Plan plan, ReportContext context, Writer out) {
    Output.json(out, toNode(plan, context));
  }

  static ArrayNode toNode(Plan plan, ReportContext context) {
    ArrayNode issues = JSON.createArrayNode();
    ResourceStatus.findings(plan).forEach(c -> issue(c, context, issues.addObject()));
    return issues;
  }

  private static void issue(Change change, ReportContext context, ObjectNode issue) {
    SarifRule rule = SarifRule.of(change);
    issue.put("type", "issue");
    issue.put("check_name", rule.id);
    issue.put("description", change.address() + ": " + DriftDetails.headline(change));
    // The details (attribute by attribute, sensitive values masked) and when tiac saw them.
    StringBuilder body = new StringBuilder();
    // GitLab shows the body as Markdown: the attribute diffs in a diff block, as the merge request page colours them.
    String diff = String.join("\n", DriftDetails.attributeLines(change, DiffLine::markerFirst));
    if (!diff.isEmpty()) {
      String fence = Markup.fence(diff);
      body.append(fence).append("diff\n").append(diff).append('\n').append(fence).append("\n\n");
    }
    DriftDetails.facts(change, Integer.MAX_VALUE).forEach(line -> body.append("- ").append(line).append('\n'));
    context.generatedAt().ifPresent(t -> body.append("\nSeen by tiac ").append(context.toolVersion()).append(" at ").append(ShownTime.iso(t)).append('.'));
    issue.putObject("content").put("body", body.toString().strip());
    issue.putArray("categories").add("Security");
    issue.put("severity", severity(change));
    issue.put("fingerprint", Fingerprints.sha256(rule.id + "\n" + change.address()));
    SourceLocation at = change.declaredAt()
        .or(() -> context.files().stream().findFirst().map(SourceLocation::startOf))
        .orElse(SourceLocation.startOf("tiac.yaml"));
    ObjectNode location = issue.putObject("location").put("path", context.paths().name(at.file()));
    location.putObject("lines").put("begin", Math.max(1, at.line()));
  }

  /** Critical drift (protection missing, a failing check) blocks; other drift is major; what no API showed is information. */
  private static String severity(Change change) {
    return switch (ResourceStatus.of(change)) {
      case CRITICAL -> "critical";
      case DRIFT -> "major";
      case UNVERIFIED, IN_SYNC -> "info";
    };
  }
}
