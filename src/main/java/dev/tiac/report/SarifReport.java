package dev.tiac.report;

import dev.tiac.config.diagnostics.SourceLocation;
import dev.tiac.contract.Change;
import dev.tiac.plan.Plan;
import dev.tiac.plan.render.ChangeVocabulary;
import dev.tiac.time.ShownTime;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 for code-scanning views: one result per drifted resource (a note per unverified one), located at the line of the
 * desired-state file that declares it, so the alert sits on the YAML a reviewer would change.
 */
final class SarifReport implements ReportWriter {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** The base the artifact paths are relative to: the repository root, when known. */
  private static final String SRCROOT = "SRCROOT";

  @Override
  public void write(Plan plan, ReportContext context, Writer out) {
    Output.json(out, toNode(plan, context));
  }

  static ObjectNode toNode(Plan plan, ReportContext context) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "tiac").put("version", context.toolVersion()).put("semanticVersion", context.toolVersion());
    ArrayNode rules = driver.putArray("rules");
    for (SarifRule rule : SarifRule.values()) {
      ObjectNode r = rules.addObject().put("id", rule.id).put("name", rule.ruleName);
      r.putObject("shortDescription").put("text", rule.description);
      r.putObject("fullDescription").put("text", rule.meaning);
      r.putObject("help").put("text", rule.helpText()).put("markdown", rule.helpMarkdown());
      r.putObject("defaultConfiguration").put("level", rule.defaultLevel);
      ObjectNode properties = r.putObject("properties");
      properties.putArray("tags").add("security").add("drift");
      properties.put("security-severity", rule.securitySeverity);
    }
    ObjectNode invocation = run.putArray("invocations").addObject().put("executionSuccessful", true);
    context.generatedAt().ifPresent(t -> invocation.put("endTimeUtc", ShownTime.iso(t)));
    context.paths().root().ifPresent(base ->
        run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", base.toUri().toString()));
    run.put("columnKind", "unicodeCodePoints");
    ArrayNode results = run.putArray("results");
    ResourceStatus.findings(plan).forEach(c -> results.add(result(c, context)));
    return root;
  }

  private static ObjectNode result(Change change, ReportContext context) {
    SarifRule rule = SarifRule.of(change);
    ObjectNode result = JSON.createObjectNode();
    result.put("ruleId", rule.id).put("ruleIndex", rule.ordinal());
    result.put("level", switch (ResourceStatus.of(change)) {
      case CRITICAL -> "error";
      case DRIFT -> "warning";
      case UNVERIFIED, IN_SYNC -> "note";
    });
    result.putObject("message").put("text", change.address() + ": " + DriftDetails.headline(change)
        + DriftDetails.lines(change).stream().limit(5).map(l -> "\n" + l).reduce("", String::concat));
    ObjectNode location = result.putArray("locations").addObject();
    location(change, context).ifPresent(at -> {
      ObjectNode physical = location.putObject("physicalLocation");
      ObjectNode artifact = physical.putObject("artifactLocation").put("uri", uri(context.paths().name(at.file())));
      if (context.paths().root().isPresent()) {
        artifact.put("uriBaseId", SRCROOT);
      }
      physical.putObject("region").put("startLine", at.line()).put("startColumn", at.column());
    });
    location.putArray("logicalLocations").addObject()
        .put("fullyQualifiedName", change.address().toString()).put("kind", "resource");
    // Code scanning matches an alert across runs by these, not by the line, which moves with edits:
    // the same drift on the same resource stays one alert, and a run without it closes the alert.
    result.putObject("partialFingerprints").put("tiacAddress/v1", change.address().toString());
    result.putObject("fingerprints").put("tiac/v1", Fingerprints.sha256(rule.id + "\n" + change.address()));
    result.putObject("properties")
        .put("action", ChangeVocabulary.action(change.kind()))
        .put("direction", ChangeVocabulary.direction(change.direction()))
        .put("refused", change.isAction() && change.isRefused());
    return result;
  }

  /** Where the file declares the resource; an undeclared one (to be deleted) points at the first file. */
  private static Optional<SourceLocation> location(Change change, ReportContext context) {
    return change.declaredAt().or(() -> context.files().stream().findFirst().map(SourceLocation::startOf));
  }

  static String uri(String file) {
    try {
      return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot name " + file + " as a URI", e);
    }
  }
}
