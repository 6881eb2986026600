package dev.tiac.plan.render;

import com.networknt.schema.Error;
import dev.tiac.contract.Address;
import dev.tiac.contract.ApiCost;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.plan.Plan;
import dev.tiac.plan.diff.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

  /** The version of the format this tiac writes and reads (docs/plan-json.md): within major version 1, fields are only added. */
  public static final String FORMAT_VERSION = "1.2";

  public static String write(Plan plan, PlanStamp stamp) {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toNode(plan, stamp)) + "\n";
  }

  public static ObjectNode toNode(Plan plan, PlanStamp stamp) {
    ObjectNode root = JSON.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("tiacVersion", stamp.tiacVersion());
    root.put("timestamp", stamp.timestamp());
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
    ObjectNode optIns = root.putObject("optIns");
    ArrayNode allowDelete = optIns.putArray("allowDelete");
    plan.optIns().allowDelete().forEach(allowDelete::add);
    optIns.put("allowEmpty", plan.optIns().allowEmpty());
    ArrayNode removals = root.putArray("removals");
    for (Removal r : plan.removals()) {
      ObjectNode n = removals.addObject().put("address", r.address().toString())
          .put("decision", r.decision().name().toLowerCase(Locale.ROOT)).put("reason", r.reason());
      if (r.grantedBy().isPresent()) {
        n.put("grantedBy", r.grantedBy().get());
      } else {
        n.putNull("grantedBy");
      }
    }
    root.set("summary", summary(plan));
    return root;
  }

  /**
   * Reads a saved plan back, refusing anything this version did not write: malformed JSON,
   * another format version, or a document off the schema.
   */
  public static Plan read(String text) {
    return read(tree(text));
  }

  /** The plan file as a JSON object, duplicate keys refused. */
  static JsonNode tree(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      throw new InvalidPlanException("the plan file is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new InvalidPlanException("the plan file does not hold a JSON object");
    }
    return root;
  }

  static Plan read(JsonNode root) {
    String version = root.path("formatVersion").asString("");
    if (!FORMAT_VERSION.equals(version)) {
      throw new InvalidPlanException("the plan file has format version \"" + version + "\"; this tiac reads version " + FORMAT_VERSION
          + " only. Make it again with tiac plan --out");
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
    List<ApiCost> cost = new ArrayList<>();
    root.path("cost").forEach(c -> cost.add(cost(c)));
    List<String> allowDelete = new ArrayList<>();
    root.path("optIns").path("allowDelete").forEach(a -> allowDelete.add(a.asString()));
    Plan.OptIns optIns = new Plan.OptIns(allowDelete, root.path("optIns").path("allowEmpty").asBoolean(false));
    List<Removal> removals = new ArrayList<>();
    root.path("removals").forEach(r -> removals.add(removal(r)));
    return new Plan(root.path("setup").asString(), root.path("lineage").asString(), root.path("serial").asLong(),
        map(root.path("inputHashes")), map(root.path("liveFingerprints")), changes, warnings, cost, optIns, removals);
  }

  private static Removal removal(JsonNode r) {
    Address address = Address.parse(r.path("address").asString())
        .orElseThrow(() -> new InvalidPlanException("the plan file names an unknown address " + r.path("address").asString()));
    return new Removal(address, Removal.Decision.valueOf(r.path("decision").asString().toUpperCase(Locale.ROOT)), r.path("reason").asString(),
        r.path("grantedBy").isString() ? Optional.of(r.path("grantedBy").asString()) : Optional.empty());
  }

  /** Plans saved before the split into refresh and apply calls carry only the total: all refresh. */
  private static ApiCost cost(JsonNode c) {
    int calls = c.path("calls").asInt();
    int refresh = c.path("refresh").asInt(calls - c.path("apply").asInt(0));
    int apply = c.path("apply").asInt(calls - refresh);
    if (refresh + apply != calls) {
      throw new InvalidPlanException("the plan file's cost for " + c.path("service").asString() + " says " + calls
          + " calls but " + refresh + " to refresh and " + apply + " to apply");
    }
    return new ApiCost(c.path("service").asString(), refresh, apply, c.path("limit").asString());
  }

  private static ObjectNode summary(Plan plan) {
    ObjectNode s = JSON.createObjectNode();
    s.put("add", plan.count(ChangeKind.CREATE));
    s.put("change", plan.count(ChangeKind.UPDATE) + plan.count(ChangeKind.REPLACE));
    s.put("destroy", plan.count(ChangeKind.DELETE) + plan.count(ChangeKind.REPLACE));
    s.put("manual", plan.count(ChangeKind.MANUAL));
    s.put("checksFailing", plan.failingChecks());
    s.put("checksUnknown", plan.unknownChecks());
    s.put("unverified", plan.unverified());
    s.put("refused", plan.refusals());
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
