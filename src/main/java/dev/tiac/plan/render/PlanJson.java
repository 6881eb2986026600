package dev.tiac.plan.render;

import com.networknt.schema.Error;
import dev.tiac.plan.Change;
import dev.tiac.plan.ChangeKind;
import dev.tiac.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan as versioned JSON (schemas/plan-v1.schema.json): what {@code plan --json} prints and
 * {@code plan --out} saves, and what {@code apply plan.json} reads back. Changes are sorted by
 * address and maps by key, so equal plans give equal bytes.
 */
public final class PlanJson {
  static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private PlanJson() {}

  public static String write(Plan plan) {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toNode(plan)) + "\n";
  }

  public static ObjectNode toNode(Plan plan) {
    ObjectNode root = JSON.createObjectNode();
    root.put("formatVersion", Plan.FORMAT_VERSION);
    root.put("setup", plan.setup());
    root.put("lineage", plan.lineage());
    root.put("serial", plan.serial());
    map(root.putObject("inputHashes"), plan.inputHashes());
    map(root.putObject("liveFingerprints"), plan.liveFingerprints());
    ArrayNode changes = root.putArray("changes");
    plan.changes().stream().sorted((a, b) -> a.address().compareTo(b.address()))
        .forEach(c -> changes.add(ChangeJson.toNode(c)));
    ArrayNode warnings = root.putArray("warnings");
    plan.warnings().forEach(warnings::add);
    ArrayNode cost = root.putArray("cost");
    plan.cost().forEach(c -> cost.addObject().put("service", c.service()).put("calls", c.calls())
        .put("refresh", c.refresh()).put("apply", c.apply()).put("limit", c.limit()));
    root.set("summary", summary(plan));
    return root;
  }

  /**
   * Reads a saved plan back, refusing anything this version did not write: malformed JSON,
   * another format version, or a document off the schema.
   */
  public static Plan read(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      throw new InvalidPlanException("the plan file is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new InvalidPlanException("the plan file does not hold a JSON object");
    }
    String version = root.path("formatVersion").asString("");
    if (!Plan.FORMAT_VERSION.equals(version)) {
      throw new InvalidPlanException("the plan file has format version \"" + version + "\"; this tiac reads version " + Plan.FORMAT_VERSION + " only");
    }
    List<Error> errors = PlanSchema.get().validate(root);
    if (!errors.isEmpty()) {
      throw new InvalidPlanException("the plan file does not match plan-v1.schema.json: "
          + errors.stream().limit(5).map(e -> e.getInstanceLocation() + " " + e.getMessage()).collect(Collectors.joining("; ")));
    }
    List<Change> changes = new ArrayList<>();
    root.path("changes").forEach(c -> changes.add(ChangeJson.fromNode(c)));
    List<String> warnings = new ArrayList<>();
    root.path("warnings").forEach(w -> warnings.add(w.asString()));
    List<Plan.ApiCost> cost = new ArrayList<>();
    root.path("cost").forEach(c -> cost.add(cost(c)));
    return new Plan(root.path("setup").asString(), root.path("lineage").asString(), root.path("serial").asLong(),
        map(root.path("inputHashes")), map(root.path("liveFingerprints")), changes, warnings, cost);
  }

  /** Plans saved before the split into refresh and apply calls carry only the total: all refresh. */
  private static Plan.ApiCost cost(JsonNode c) {
    int calls = c.path("calls").asInt();
    int refresh = c.path("refresh").asInt(calls - c.path("apply").asInt(0));
    int apply = c.path("apply").asInt(calls - refresh);
    if (refresh + apply != calls) {
      throw new InvalidPlanException("the plan file's cost for " + c.path("service").asString() + " says " + calls
          + " calls but " + refresh + " to refresh and " + apply + " to apply");
    }
    return new Plan.ApiCost(c.path("service").asString(), refresh, apply, c.path("limit").asString());
  }

  private static ObjectNode summary(Plan plan) {
    ObjectNode s = JSON.createObjectNode();
    s.put("add", plan.count(ChangeKind.CREATE));
    s.put("change", plan.count(ChangeKind.UPDATE) + plan.count(ChangeKind.REPLACE));
    s.put("destroy", plan.count(ChangeKind.DELETE) + plan.count(ChangeKind.REPLACE));
    s.put("manual", plan.count(ChangeKind.MANUAL));
    s.put("checksFailing", plan.failingChecks());
    s.put("refused", plan.changes().stream().filter(c -> c.isAction() && c.isRefused()).count());
    s.put("empty", plan.isEmpty());
    s.put("text", plan.summary());
    return s;
  }

  private static void map(ObjectNode target, Map<String, String> values) {
    new TreeMap<>(values).forEach(target::put);
  }

  private static Map<String, String> map(JsonNode node) {
    Map<String, String> out = new TreeMap<>();
    node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
    return out;
  }
}
