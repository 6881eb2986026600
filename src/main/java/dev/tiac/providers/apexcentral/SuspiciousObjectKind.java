package dev.tiac.providers.apexcentral;

import dev.tiac.contract.spi.Wired;
import dev.tiac.contract.spi.Reach;
import dev.tiac.contract.KindHandling;
import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.Direction;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Changes;
import dev.tiac.contract.spi.Desired;
import dev.tiac.contract.spi.Entry;
import dev.tiac.contract.spi.Exported;
import dev.tiac.contract.spi.KindDefinition;
import dev.tiac.contract.spi.KindIdentity;
import dev.tiac.contract.spi.Rules;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** A user-defined suspicious object of Apex Central ({@code apexcentral.suspiciousObject}), through its API. */
public final class SuspiciousObjectKind implements KindDefinition {
  private static final Value BLOCK = Value.text("block");
  private static final Value LOG = Value.text("log");
  private static final String POINTER = "/apexCentral/suspiciousObjects";

  /** Beside the procedure, following nothing: objects can be listed as soon as Apex Central answers. */
  @Override
  public KindIdentity identity() {
    return new KindIdentity(ResourceKind.SUSPICIOUS_OBJECT, SetupStep.BLOCKED_OBJECTS, Service.APEX_CENTRAL, Optional.empty());
  }

  @Override
  public Declarations declarations() {
    return Declarations.eachOf(POINTER, kind().type(), SuspiciousObjectKind::key, "expiresAt");
  }

  /** {@code type:value}, with hashes and domains folded to lower case as Apex Central lists them. */
  static String key(JsonNode item) {
    String type = item.path("type").asString();
    String value = item.path("value").asString();
    boolean folded = type.equals("file_sha1") || type.equals("domain");
    return type + ":" + (folded ? value.toLowerCase(Locale.ROOT) : value);
  }

  @Override
  public void read(JsonNode n, Desired d) {
    String key = key(n);
    d.put("type", n.path("type")).put("value", Value.text(key.substring(key.indexOf(':') + 1))).put("scanAction", n.path("scanAction"))
        .put("notes", n.path("notes")).put("expires", n.path("expires")).optIn(n.path("allowDelete"), OptIn.DELETE);
  }

  /** Logging what was blocked weakens; a new object strengthens. */
  @Override
  public Change judge(Change change, Set<OptIn> optIns, Optional<LiveResource> live) {
    boolean unblocks = Changes.attribute(change, "scanAction")
        .filter(a -> a.before().equals(Optional.of(BLOCK)) && a.after().equals(Optional.of(LOG))).isPresent();
    if (unblocks) {
      return Rules.guarded(change, Direction.WEAKENING, Optional.empty(), optIns.contains(OptIn.WEAKEN) || optIns.contains(OptIn.DELETE));
    }
    return change.kind() == ChangeKind.CREATE ? Rules.strengthening(change) : Rules.neutral(change);
  }

  @Override
  public Optional<String> deleted(Address address, Optional<LiveResource> live) {
    return Optional.of("Apex Central stops matching " + address.key() + " on every managed product");
  }

  /** Changed through the API only. */
  @Override
  public List<String> consoleSteps(Change change, Map<String, Value> desired) {
    return List.of();
  }

  @Override
  public Optional<OptIn> optIn() {
    return Optional.of(OptIn.DELETE);
  }

  @Override
  public Optional<String> neverDeleted() {
    return Optional.empty();
  }

  @Override
  public List<Exported> export(List<LiveResource> live, boolean byHand) {
    List<Entry> objects = live.stream().map(o -> new Entry().put("type", Exported.shown(o, "type")).put("value", Exported.shown(o, "value"))
        .put("scanAction", Exported.shown(o, "scanAction"))
        .put("notes", Optional.ofNullable(o.attributes().get("notes")).filter(n -> !n.equals(Value.text(""))))
        .put("expires", Optional.ofNullable(o.attributes().get("expires")))).toList();
    return objects.isEmpty() ? List.of() : List.of(new Exported.Each(POINTER, objects));
  }

  /** One PUT adds or overwrites an object, one DELETE removes it. */
  @Override
  public int applyCalls(Change change) {
    return 1;
  }

  /** Read, created and deleted through Apex Central: one listing call per refresh. */
  @Override
  public Wired wire(Reach reach, KindHandling handling) {
    return reach.client(ApexCentralClient.class)
        .map(c -> Wired.reader(new SuspiciousObjectType(c), Wired.calls(Service.APEX_CENTRAL, 1))).orElse(Wired.NONE);
  }
}
