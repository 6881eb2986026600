package dev.tiac.plan.render;

import dev.tiac.config.diagnostics.SourceLocation;
import dev.tiac.contract.Address;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Source;
import dev.tiac.contract.Unverified;
import dev.tiac.contract.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One change as a JSON object: the vocabulary {@code plan --json} and the JSON drift report share
 * ({@code $defs/change} in both schemas). Absent values are {@code null}, so every key is always
 * there for a consumer. Sensitive attributes carry only the marker the model holds.
 */
public final class ChangeJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ChangeJson() {}

  public static ObjectNode toNode(Change c) {
    ObjectNode n = NODES.objectNode();
    n.put("address", c.address().toString());
    n.put("type", c.address().kind().type());
    n.put("key", c.address().key());
    ChangeSides.actions(n, c);
    n.put("action", ChangeVocabulary.action(c.kind()));
    n.put("direction", ChangeVocabulary.direction(c.direction()));
    optional(n, "consequence", c.consequence());
    n.put("needsOptIn", c.needsOptIn());
    n.put("optedIn", c.optedIn());
    n.put("refused", c.isAction() && c.isRefused());
    optional(n, "optIn", c.optIn().map(o -> OptInHint.key(c)));
    if (c.reach().isPresent()) {
      n.putObject("reach").put("count", c.reach().get().count()).put("unit", c.reach().get().unit());
    } else {
      n.putNull("reach");
    }
    ChangeSides.sides(n, c);
    ArrayNode attributes = n.putArray("attributes");
    for (AttributeChange a : c.attributes()) {
      ObjectNode an = attributes.addObject().put("name", a.name());
      an.set("before", a.before().map(v -> a.sensitive() ? AttributeChange.SENSITIVE : v).map(Value::toJson).orElse(NODES.nullNode()));
      an.set("after", a.after().map(v -> a.sensitive() ? AttributeChange.SENSITIVE : v).map(Value::toJson).orElse(NODES.nullNode()));
      an.put("sensitive", a.sensitive());
    }
    ArrayNode steps = n.putArray("steps");
    c.steps().forEach(steps::add);
    if (c.check().isPresent()) {
      CheckOutcome o = c.check().get();
      ObjectNode cn = n.putObject("check").put("status", o.status().name().toLowerCase(java.util.Locale.ROOT)).put("evidence", o.evidence());
      ArrayNode remedy = cn.putArray("remedy");
      o.remedy().forEach(remedy::add);
      source(cn.putObject("source"), o.source());
    } else {
      n.putNull("check");
    }
    if (c.declaredAt().isPresent()) {
      SourceLocation at = c.declaredAt().get();
      n.putObject("declaredAt").put("file", at.file()).put("line", at.line()).put("column", at.column());
    } else {
      n.putNull("declaredAt");
    }
    if (c.unverified().isPresent()) {
      Unverified u = c.unverified().get();
      ObjectNode un = n.putObject("unverified");
      ArrayNode names = un.putArray("attributes");
      u.attributes().forEach(names::add);
      optional(un, "since", u.attestation().map(a -> Source.day(a.at())));
      optional(un, "attestedBy", u.attestation().map(Source.Attestation::who));
      optional(un, "at", u.attestation().map(a -> a.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()));
      un.put("text", u.describe());
    } else {
      n.putNull("unverified");
    }
    return n;
  }

  /** The inverse of {@link #toNode}; the node is expected to have passed the schema already. */
  public static Change fromNode(JsonNode n) {
    String type = n.path("type").asString();
    ResourceKind kind = ResourceKind.byType(type)
        .orElseThrow(() -> new InvalidPlanException("unknown resource type \"" + type + "\""));
    Address address = Address.of(kind, n.path("key").asString());
    if (!address.toString().equals(n.path("address").asString())) {
      throw new InvalidPlanException("address " + n.path("address").asString() + " does not match its type and key " + address);
    }
    List<AttributeChange> attributes = new ArrayList<>();
    for (JsonNode a : n.path("attributes")) {
      attributes.add(new AttributeChange(a.path("name").asString(), value(a.path("before")), value(a.path("after")), a.path("sensitive").asBoolean()));
    }
    Optional<Change.Reach> reach = n.path("reach").isObject()
        ? Optional.of(new Change.Reach(n.path("reach").path("count").asInt(), n.path("reach").path("unit").asString()))
        : Optional.empty();
    Optional<CheckOutcome> check = n.path("check").isObject() ? Optional.of(check(n.path("check"))) : Optional.empty();
    Optional<SourceLocation> declaredAt = n.path("declaredAt").isObject()
        ? Optional.of(new SourceLocation(n.path("declaredAt").path("file").asString(), n.path("declaredAt").path("line").asInt(), n.path("declaredAt").path("column").asInt()))
        : Optional.empty();
    // Plans saved before settings said what stands on an attestation have no unverified key.
    JsonNode un = n.path("unverified");
    Optional<Unverified> unverified = un.isObject()
        ? Optional.of(new Unverified(strings(un.path("attributes")), un.path("at").isString()
            ? Optional.of(new Source.Attestation(un.path("attestedBy").asString("someone"), java.time.Instant.parse(un.path("at").asString())))
            : Optional.empty()))
        : Optional.empty();
    return new Change(address, ChangeVocabulary.kind(n.path("action").asString()), attributes,
        ChangeVocabulary.direction(n.path("direction").asString()), optional(n.path("consequence")),
        n.path("optedIn").asBoolean(), reach, strings(n.path("steps")), check, declaredAt, unverified,
        optional(n.path("optIn")).flatMap(OptInHint::of), strings(n.path("actions")).equals(List.of("delete", "create")));
  }

  private static CheckOutcome check(JsonNode n) {
    CheckOutcome.Status status = CheckOutcome.Status.valueOf(n.path("status").asString().toUpperCase(java.util.Locale.ROOT));
    return new CheckOutcome(status, n.path("evidence").asString(), strings(n.path("remedy")), source(n.path("source")));
  }

  private static void source(ObjectNode n, dev.tiac.contract.Source source) {
    n.put("kind", source.kind()).put("text", source.describe());
    if (source instanceof dev.tiac.contract.Source.Api a) {
      n.put("detail", a.what());
    } else if (source instanceof dev.tiac.contract.Source.Inference i) {
      n.put("detail", i.from());
    } else if (source instanceof dev.tiac.contract.Source.Attestation a) {
      n.put("who", a.who()).put("at", a.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
    }
  }

  /** A plan saved before checks named their source reads back as an inference. */
  private static dev.tiac.contract.Source source(JsonNode n) {
    return switch (n.path("kind").asString("")) {
      case "api" -> dev.tiac.contract.Source.api(n.path("detail").asString(""));
      case "attestation" -> dev.tiac.contract.Source.attestation(n.path("who").asString("someone"), java.time.Instant.parse(n.path("at").asString()));
      default -> dev.tiac.contract.Source.inference(n.path("detail").asString("an earlier plan"));
    };
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(item -> out.add(item.asString()));
    return out;
  }

  private static Optional<Value> value(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? Optional.empty() : Optional.of(Value.of(node));
  }

  private static Optional<String> optional(JsonNode node) {
    return node.isString() ? Optional.of(node.asString()) : Optional.empty();
  }

  private static void optional(ObjectNode n, String name, Optional<String> value) {
    if (value.isPresent()) {
      n.put(name, value.get());
    } else {
      n.putNull(name);
    }
  }
}
