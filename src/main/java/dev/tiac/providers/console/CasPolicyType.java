package dev.tiac.providers.console;

import dev.tiac.contract.Address;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.ReadContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The Default Exchange policies' status; the policies always exist, so create is setting it. */
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
    return Set.of("status");
  }

  @Override
  Map<Address, Map<String, Value>> read(ReadContext context) {
    Map<Address, Map<String, Value>> found = new HashMap<>();
    for (JsonNode policy : client.console().path("cas").path("policies")) {
      found.put(address(kind(), policy.path("name").asString()), Map.of("status", Value.text(policy.path("on").asBoolean() ? "ON" : "OFF")));
    }
    return found;
  }

  @Override
  public LiveResource create(DesiredResource desired) {
    String path = "/v1/cas/policies/" + URLEncoder.encode(desired.address().key(), StandardCharsets.UTF_8).replace("+", "%20");
    client.send("PUT", path, Optional.of(ManagementClient.object().put("status", Value.textOf(desired.attributes(), "status", "OFF"))));
    return LiveResource.of(desired.address(), desired.attributes());
  }

  @Override
  public LiveResource update(DesiredResource desired, LiveResource live) {
    return create(desired);
  }
}
