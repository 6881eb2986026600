package dev.tiac.plan.render;

import dev.tiac.plan.Plan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A saved plan bound to its inputs by a MAC under the state key (property {@code mac}), over the
 * canonical text of everything else in the document: keys sorted, no spaces, arrays in order. Any
 * edit that changes what the plan says — a field, a change added, removed or reordered — breaks
 * the MAC; only re-indenting does not.
 */
public final class SealedPlan {
  private static final String MAC = "mac";

  private final JsonNode root;
  private final String mac;

  private SealedPlan(JsonNode root, String mac) {
    this.root = root;
    this.mac = mac;
  }

  /** The plan as JSON with its MAC, as {@code plan --out} saves it. */
  public static String write(Plan plan, PlanStamp stamp, Function<byte[], String> signer) {
    ObjectNode root = PlanJson.toNode(plan, stamp);
    root.put(MAC, signer.apply(canonical(root)));
    return PlanJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  /** Parses a saved plan without trusting it yet: only {@link #verify} gives the plan. */
  public static SealedPlan parse(String text) {
    ObjectNode root = (ObjectNode) PlanJson.tree(text);
    JsonNode mac = root.path(MAC);
    if (!mac.isString()) {
      throw new InvalidPlanException("the saved plan carries no MAC, so nothing shows it is the plan tiac wrote;"
          + " make it again with tiac plan --out");
    }
    ObjectNode unsigned = root.deepCopy();
    unsigned.remove(MAC);
    return new SealedPlan(unsigned, mac.asString());
  }

  /**
   * The desired-state files the plan names, to open the run its MAC is checked in. Read from the
   * unverified document: a forged list fails the MAC before anything is planned or applied.
   */
  public List<Path> files() {
    List<Path> files = new ArrayList<>();
    root.path("inputHashes").properties().forEach(e -> files.add(Path.of(e.getKey())));
    if (files.isEmpty()) {
      throw new InvalidPlanException("the saved plan names no desired-state file");
    }
    return List.copyOf(files);
  }

  /** The plan, once its MAC matches; otherwise the plan was edited after it was written. */
  public Plan verify(BiPredicate<byte[], String> verifier) {
    if (!verifier.test(canonical(root), mac)) {
      throw new InvalidPlanException("the saved plan was modified after it was written (its MAC does not match;"
          + " or it was made under another state key); nothing was applied. Make it again with tiac plan --out");
    }
    return PlanJson.read(root);
  }

  static byte[] canonical(JsonNode root) {
    return PlanJson.JSON.writeValueAsString(sorted(root)).getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = PlanJson.JSON.createObjectNode();
      new java.util.TreeSet<>(node.propertyNames()).forEach(name -> out.set(name, sorted(node.get(name))));
      return out;
    }
    if (node.isArray()) {
      var out = PlanJson.JSON.createArrayNode();
      node.forEach(item -> out.add(sorted(item)));
      return out;
    }
    return node;
  }
}
