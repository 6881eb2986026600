package dev.tiac.providers.console;

import dev.tiac.contract.Address;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Deleter;
import dev.tiac.contract.spi.ReadContext;
import dev.tiac.providers.apexone.TargetMatcher;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Apex One Security Agent policies. Targets travel as the console's criteria ({@code os:WIN_10},
 * {@code domain:…}, {@code ip:a-b}, {@code folder:…}, host names) and come back in the file's form.
 */
final class ApexOnePolicyType extends ConsoleType implements Deleter {
  ApexOnePolicyType(ManagementClient client) {
    super(client);
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.APEXONE_POLICY;
  }

  @Override
  Set<String> visible() {
    return Set.of("targets", "windowsDesktop", "windowsServer", "endpointSensor", "deploy", "priority");
  }

  @Override
  Map<Address, Map<String, Value>> read(ReadContext context) {
    Map<Address, Map<String, Value>> found = new HashMap<>();
    for (JsonNode p : client.console().path("apex_one_policies")) {
      Map<String, Value> a = new HashMap<>();
      List<String> criteria = new ArrayList<>();
      p.path("targets").forEach(t -> criteria.add(t.asString()));
      a.put("targets", targets(p.path("kind").asString().toLowerCase(Locale.ROOT), criteria));
      a.put("windowsDesktop", Value.bool(p.path("windows_desktop").asBoolean()));
      a.put("windowsServer", Value.bool(p.path("windows_server").asBoolean()));
      a.put("endpointSensor", Value.bool(p.path("endpoint_sensor").asBoolean()));
      a.put("deploy", Value.bool(!p.path("deployed").isNull() && !p.path("deployed").isMissingNode()));
      if (p.path("priority").isInt()) {
        a.put("priority", Value.number(p.path("priority").asInt()));
      }
      found.put(address(kind(), p.path("name").asString()), a);
    }
    return found;
  }

  @Override
  public LiveResource create(DesiredResource desired) {
    Map<String, Value> a = desired.attributes();
    TargetMatcher.Targets targets = TargetMatcher.Targets.of(a.getOrDefault("targets", Value.map(Map.of())));
    boolean deploy = Value.TRUE.equals(a.get("deploy"));
    ObjectNode body = ManagementClient.object()
        .put("kind", targets.type().toUpperCase(Locale.ROOT))
        .put("windows_desktop", Value.TRUE.equals(a.get("windowsDesktop")))
        .put("windows_server", Value.TRUE.equals(a.get("windowsServer")))
        .put("endpoint_sensor", Value.TRUE.equals(a.get("endpointSensor")))
        .put("deploy", deploy);
    ArrayNode list = body.putArray("targets");
    criteria(targets).forEach(list::add);
    String path = "/v1/apex-one/policies/" + URLEncoder.encode(desired.address().key(), StandardCharsets.UTF_8).replace("+", "%20");
    client.send("PUT", path, Optional.of(body));
    if (deploy) {
      client.send("POST", path + "/deploy", Optional.empty());
      if (a.containsKey("priority")) {
        // A first deployment ranks a filtered policy last; its place is then set, as in Policy Management.
        client.send("PUT", path, Optional.of(body.put("priority", a.get("priority").asNumber().orElseThrow().intValueExact())));
      }
    }
    return LiveResource.of(desired.address(), a);
  }

  @Override
  public LiveResource update(DesiredResource desired, LiveResource live) {
    return create(desired);
  }

  @Override
  public void delete(LiveResource live) {
    client.send("DELETE", "/v1/apex-one/policies/" + URLEncoder.encode(live.address().key(), StandardCharsets.UTF_8).replace("+", "%20"), Optional.empty());
  }

  static List<String> criteria(TargetMatcher.Targets t) {
    List<String> out = new ArrayList<>();
    t.operatingSystems().forEach(o -> out.add("os:" + o));
    t.adDomains().forEach(d -> out.add("domain:" + d));
    t.ipRanges().forEach(r -> out.add("ip:" + r));
    t.folders().forEach(f -> out.add("folder:" + f));
    out.addAll(t.hosts());
    return out;
  }

  /** The file's {@code targets} map for the console's criteria, lists sorted as desired attributes are. */
  static Value targets(String type, List<String> criteria) {
    Map<String, List<String>> lists = new TreeMap<>();
    for (String c : criteria) {
      int colon = c.indexOf(':');
      String prefix = colon < 0 ? "host" : c.substring(0, colon);
      String value = colon < 0 ? c : c.substring(colon + 1);
      String key = switch (prefix) {
        case "os" -> "operatingSystems";
        case "domain" -> "adDomains";
        case "ip" -> "ipRanges";
        case "folder" -> "folders";
        default -> "hosts";
      };
      lists.computeIfAbsent(key, k -> new ArrayList<>()).add(prefix.equals("os") ? value.toUpperCase(Locale.ROOT) : value);
    }
    Map<String, Value> fields = new TreeMap<>();
    lists.forEach((key, values) -> fields.put(key, Value.set(values)));
    fields.put("type", Value.text(type));
    return Value.map(fields);
  }
}
