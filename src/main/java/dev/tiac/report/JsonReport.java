package dev.tiac.report;

import dev.tiac.contract.Change;
import dev.tiac.contract.SetupStep;
import dev.tiac.plan.Plan;
import dev.tiac.plan.render.ChangeJson;
import dev.tiac.time.ShownTime;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The versioned JSON drift report (schemas/drift-report-v1.schema.json): every resource with its
 * status and, in the vocabulary of {@code plan --json}, the change that would remove its drift.
 */
final class JsonReport implements ReportWriter {
  static final String FORMAT_VERSION = "1.2";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public void write(Plan plan, ReportContext context, Writer out) {
    Output.json(out, toNode(plan, context));
  }

  static ObjectNode toNode(Plan plan, ReportContext context) {
    ObjectNode root = JSON.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.putObject("tool").put("name", "tiac").put("version", context.toolVersion());
    context.generatedAt().ifPresent(t -> root.put("generatedAt", ShownTime.iso(t)));
    root.put("setup", plan.setup());
    root.put("lineage", plan.lineage());
    root.put("serial", plan.serial());
    ArrayNode files = root.putArray("files");
    context.files().forEach(files::add);
    DriftSummary summary = DriftSummary.of(plan);
    root.putObject("summary")
        .put("resources", summary.resources()).put("inSync", summary.inSync()).put("drifted", summary.drifted())
        .put("critical", summary.critical()).put("refused", summary.refused()).put("checksFailing", summary.checksFailing())
        .put("unverified", summary.unverified())
        .put("drift", summary.hasDrift()).put("text", plan.summary());
    ArrayNode steps = root.putArray("steps");
    Steps procedure = context.steps();
    for (SetupStep step : procedure.all()) {
      Optional<ResourceStatus> status = procedure.status(step, plan);
      List<Change> changes = procedure.changes(step, plan);
      steps.addObject().put("step", step.id()).put("title", step.title())
          .put("status", status.map(ResourceStatus::word).orElse("absent"))
          .put("resources", changes.size())
          .put("drifted", changes.stream().filter(c -> ResourceStatus.of(c).drifted()).count());
    }
    ArrayNode resources = root.putArray("resources");
    plan.changes().stream().sorted((a, b) -> a.address().compareTo(b.address())).forEach(c -> resources.add(resource(c, procedure)));
    ArrayNode warnings = root.putArray("warnings");
    plan.warnings().forEach(warnings::add);
    return root;
  }

  private static ObjectNode resource(Change change, Steps steps) {
    ObjectNode n = JSON.createObjectNode();
    n.put("status", ResourceStatus.of(change).word());
    n.put("step", steps.of(change).id());
    n.set("change", ChangeJson.toNode(change));
    return n;
  }
}
