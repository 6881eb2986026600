package dev.tiac.providers.console;

import dev.tiac.contract.Address;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.ReadContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The AD synchronization tool. Only the latest download is active; a declared server whose tool
 * is not the active one shows the active tool's server, so the plan reads as a reissue. A tool
 * issued but never run (its apply died between the two steps) has no schedule on the server yet:
 * the plan sets it, and the update runs the tool without issuing another.
 */
final class SyncToolType extends ConsoleType {
  SyncToolType(ManagementClient client) {
    super(client);
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.AD_SYNC_TOOL;
  }

  @Override
  Set<String> visible() {
    return Set.of("server", "generation", "ran", "issued");
  }

  @Override
  Set<String> notInPlace(Map<String, Value> shown) {
    return Value.FALSE.equals(shown.get("ran")) ? Set.of("minimumDotNetVersion", "scheduleHours") : Set.of();
  }

  @Override
  Map<Address, Map<String, Value>> read(ReadContext context) {
    Optional<JsonNode> active = activeTool();
    Map<Address, Map<String, Value>> found = new HashMap<>();
    if (active.isEmpty()) {
      return found;
    }
    String server = active.get().path("ad_server").asString().toLowerCase(Locale.ROOT);
    Value generation = Value.of(active.get().path("generation"));
    JsonNode lastRun = active.get().path("last_run");
    // The day the active tool was downloaded is the day every earlier tool stopped: a person reads a day.
    Map<String, Value> shown = Map.of("server", Value.text(server), "generation", generation,
        "ran", Value.bool(!lastRun.isMissingNode() && !lastRun.isNull()), "issued", Value.text(day(active.get().path("issued"))));
    for (Address declared : context.declared()) {
      if (declared.kind() == kind()) {
        found.put(declared, shown);
      }
    }
    found.putIfAbsent(address(kind(), server), shown);
    return found;
  }

  private static String day(JsonNode instant) {
    try {
      return java.time.LocalDate.ofInstant(java.time.Instant.parse(instant.asString()), java.time.ZoneOffset.UTC).toString();
    } catch (java.time.format.DateTimeParseException e) {
      return "an unknown day";
    }
  }

  /** The active tool, if one was ever issued and not deactivated by a later one. */
  Optional<JsonNode> activeTool() {
    for (JsonNode tool : client.console().path("ad_sync").path("tools")) {
      if (tool.path("active").asBoolean(false)) {
        return Optional.of(tool);
      }
    }
    return Optional.empty();
  }

  @Override
  public LiveResource create(DesiredResource desired) {
    String server = Value.textOf(desired.attributes(), "server", "");
    JsonNode tool = client.send("POST", "/v1/apex-central/ad-sync/tools", Optional.of(ManagementClient.object().put("ad_server", server)));
    // The tool is then run on the AD server (ADSyncAgentTool.exe -i, -s); the management API plays that part.
    Value generation = Value.of(tool.path("generation"));
    client.send("POST", "/v1/apex-central/ad-sync/tools/" + generation.toJson().asString() + "/run", Optional.empty());
    Map<String, Value> attributes = new HashMap<>(desired.attributes());
    attributes.put("generation", generation);
    return LiveResource.of(desired.address(), attributes);
  }

  @Override
  public LiveResource update(DesiredResource desired, LiveResource live) {
    if (desired.attributes().get("server").equals(live.attributes().get("server"))) {
      // Same server: the schedule and .NET floor live on the AD server, so nothing is reissued;
      // a tool that never ran is run now, which puts them there.
      Value generation = live.attributes().getOrDefault("generation", Value.number(0));
      if (Value.FALSE.equals(live.attributes().get("ran"))) {
        client.send("POST", "/v1/apex-central/ad-sync/tools/" + generation.toJson().asString() + "/run", Optional.empty());
      }
      Map<String, Value> attributes = new HashMap<>(desired.attributes());
      attributes.put("generation", generation);
      return LiveResource.of(desired.address(), attributes);
    }
    return create(desired);
  }
}
