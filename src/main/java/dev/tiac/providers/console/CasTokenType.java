package dev.tiac.providers.console;

import dev.tiac.contract.Address;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Deleter;
import dev.tiac.contract.spi.ReadContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Cloud App Security API tokens. The console shows a token's value once, when it is created: it
 * goes straight to its delivery (a 0600 file, or the resources that refer to it) and nowhere else.
 * A token cannot be edited, so a change of target or API types is a rotation.
 */
final class CasTokenType extends ConsoleType implements Deleter {
  private static final Map<String, String> API_TYPES = Map.of(
      "threatInvestigation.emailMessage", "THREAT_INVESTIGATION_EMAIL",
      "threatMitigation.emailMessage", "THREAT_MITIGATION_EMAIL",
      "threatMitigation.userAccount", "THREAT_MITIGATION_ACCOUNT",
      "logRetrieval", "LOG_RETRIEVAL",
      "remediation.blockedLists", "BLOCKED_LISTS");

  private final TokenDelivery delivery;

  CasTokenType(ManagementClient client, TokenDelivery delivery) {
    super(client);
    this.delivery = delivery;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.CAS_TOKEN;
  }

  @Override
  Set<String> visible() {
    return Set.of("target", "apiTypes", "description", "id");
  }

  @Override
  Map<Address, Map<String, Value>> read(ReadContext context) {
    Map<Address, Map<String, Value>> found = new HashMap<>();
    for (JsonNode t : client.console().path("cas").path("tokens")) {
      Map<String, Value> a = new HashMap<>();
      a.put("id", Value.text(t.path("id").asString()));
      a.put("target", Value.text(t.path("target").asString().startsWith("APEX") ? "apexOneAsAService" : "externalApplication"));
      List<String> types = new ArrayList<>();
      for (JsonNode type : t.path("api_types")) {
        API_TYPES.forEach((ours, theirs) -> {
          if (theirs.equals(type.asString())) {
            types.add(ours);
          }
        });
      }
      a.put("apiTypes", Value.set(types));
      if (!t.path("description").asString("").isEmpty()) {
        a.put("description", Value.text(t.path("description").asString()));
      }
      a.put("expiresAt", Value.text(t.path("expires").asString("")));
      Address address = address(kind(), t.path("name").asString());
      if (context.creating().contains(address)) {
        // Made by a run that died before the answer, the only place the value ever appears.
        a.put("deliverTo", Value.text(LiveResource.NEVER_DELIVERED));
      }
      found.put(address, a);
    }
    return found;
  }

  @Override
  public LiveResource create(DesiredResource desired) {
    Map<String, Value> a = desired.attributes();
    var body = ManagementClient.object().put("name", desired.address().key())
        .put("description", Value.textOf(a, "description", ""))
        .put("target", Value.textOf(a, "target", "").equals("apexOneAsAService") ? "APEX_ONE_AS_A_SERVICE" : "EXTERNAL_APPLICATION");
    ArrayNode types = body.putArray("api_types");
    for (String type : a.getOrDefault("apiTypes", Value.list(List.of())).texts()) {
      String wire = API_TYPES.get(type);
      if (wire == null) {
        throw new IllegalStateException("the console offers no API type " + type);
      }
      types.add(wire);
    }
    JsonNode created = client.send("POST", "/v1/cas/tokens", Optional.of(body));
    delivery.deliver(desired, created.path("token").asString());
    Map<String, Value> live = new HashMap<>(a);
    live.put("id", Value.text(created.path("id").asString()));
    return new LiveResource(desired.address(), live, Optional.of(created.path("id").asString()));
  }

  /**
   * Rotation: the old token goes only once the new one exists and was delivered. One whose value
   * was never delivered goes first: nobody holds it, and only one token may target Apex One.
   */
  @Override
  public LiveResource update(DesiredResource desired, LiveResource live) {
    if (Value.text(LiveResource.NEVER_DELIVERED).equals(live.attributes().get("deliverTo"))) {
      delete(live);
      return create(desired);
    }
    LiveResource replacement = create(desired);
    delete(live);
    return replacement;
  }

  @Override
  public void delete(LiveResource live) {
    String id = Value.textOf(live.attributes(), "id", null);
    if (id != null) {
      client.send("DELETE", "/v1/cas/tokens/" + id, Optional.empty());
    }
  }

}
