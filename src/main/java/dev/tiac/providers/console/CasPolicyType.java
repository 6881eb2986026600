package dev.tiac.providers.console;

import dev.tiac.contract.Address;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.ReadContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The Default Exchange policies' status and targets; the policies always exist, so create is setting them. */
final class CasPolicyType extends ConsoleType {
  CasPolicyType(ManagementClient client) {
    super(client);
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.CAS_POLICY;
  }

  @Override
  Set<String> visible() {
    return Set.of("status", "targets");
  }

  @Override
  Map<Address, Map<String, Value>> read(ReadContext context) {
    Map<Address, Map<String, Value>> found = new HashMap<>();
    for (JsonNode policy : client.console().path("cas").path("policies")) {
      found.put(address(kind(), policy.path("name").asString()), Map.of("status", Value.text(policy.path("on").asBoolean() ? "ON" : "OFF"),
          "targets", targets(policy.path("targets"))));
    }
    return found;
  }

  @Override
  public LiveResource create(DesiredResource desired) {
    String path = "/v1/cas/policies/" + URLEncoder.encode(desired.address().key(), StandardCharsets.UTF_8).replace("+", "%20");
    ObjectNode body = ManagementClient.object().put("status", Value.textOf(desired.attributes(), "status", "OFF"));
    Optional.ofNullable(desired.attributes().get("targets")).ifPresent(t -> body.set("targets", t.toJson()));
    client.send("PUT", path, Optional.of(body));
    return LiveResource.of(desired.address(), desired.attributes());
  }

  /** The console's targets as the file writes them: {@code {type: all}}, or the selected mailboxes and groups, sorted. */
  private static Value targets(JsonNode t) {
    if (t.isMissingNode() || t.path("all").asBoolean(true)) {
      return Value.map(Map.of("type", Value.text("all")));
    }
    Map<String, Value> selected = new TreeMap<>(Map.of("type", Value.text("selected")));
    for (String list : List.of("mailboxes", "groups")) {
      List<String> items = new ArrayList<>();
      t.path(list).forEach(i -> items.add(i.asString()));
      if (!items.isEmpty()) {
        selected.put(list, Value.set(items));
      }
    }
    return Value.map(selected);
  }

  @Override
  public LiveResource update(DesiredResource desired, LiveResource live) {
    return create(desired);
  }
}
