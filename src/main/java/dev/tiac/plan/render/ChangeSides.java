package dev.tiac.plan.render;

import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.Value;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A change's Terraform-shaped fields for machines: {@code actions} as a list, and {@code before}
 * and {@code after} as objects of the typed values of the attributes the change touches (null
 * where the resource does not exist on that side), secrets left out of both and named in
 * {@code beforeSensitive} and {@code afterSensitive} instead. docs/plan-json.md describes them.
 */
final class ChangeSides {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ChangeSides() {}

  static void actions(ObjectNode n, Change c) {
    ArrayNode actions = n.putArray("actions");
    ChangeVocabulary.actions(c).forEach(actions::add);
  }

  static void sides(ObjectNode n, Change c) {
    List<String> actions = ChangeVocabulary.actions(c);
    boolean absentBefore = actions.equals(List.of("create")) || actions.equals(List.of("read"));
    boolean absentAfter = actions.equals(List.of("delete")) || actions.equals(List.of("read"));
    n.set("before", absentBefore ? NODES.nullNode() : values(c, AttributeChange::before));
    n.set("after", absentAfter ? NODES.nullNode() : values(c, AttributeChange::after));
    n.set("beforeSensitive", secrets(c, AttributeChange::before));
    n.set("afterSensitive", secrets(c, AttributeChange::after));
  }

  private static ObjectNode values(Change c, Function<AttributeChange, Optional<Value>> side) {
    ObjectNode values = NODES.objectNode();
    c.attributes().stream().filter(a -> !a.sensitive())
        .forEach(a -> side.apply(a).ifPresent(v -> values.set(a.name(), v.toJson())));
    return values;
  }

  private static ObjectNode secrets(Change c, Function<AttributeChange, Optional<Value>> side) {
    ObjectNode secrets = NODES.objectNode();
    c.attributes().stream().filter(a -> a.sensitive() && side.apply(a).isPresent()).forEach(a -> secrets.put(a.name(), true));
    return secrets;
  }
}
