package dev.tiac.providers.apexcentral;

import dev.tiac.contract.Address;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Creator;
import dev.tiac.contract.spi.Deleter;
import dev.tiac.contract.spi.ReadContext;
import dev.tiac.contract.spi.ResourceType;
import dev.tiac.contract.spi.Updater;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** User-defined suspicious objects: the one Apex Central setting with a documented API. */
public final class SuspiciousObjectType implements ResourceType, Creator, Updater, Deleter {
  private final ApexCentralClient client;

  public SuspiciousObjectType(ApexCentralClient client) {
    this.client = client;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.SUSPICIOUS_OBJECT;
  }

  @Override
  public List<LiveResource> list(ReadContext context) {
    List<LiveResource> live = new ArrayList<>();
    for (Udso udso : client.listUdso(Optional.empty(), Optional.empty())) {
      // Listings call a SHA-1 entry "file" although it is added as "file_sha1".
      String type = udso.type().equals("file") ? "file_sha1" : udso.type();
      boolean folded = type.equals("file_sha1") || type.equals("domain");
      String value = folded ? udso.content().toLowerCase(Locale.ROOT) : udso.content();
      Map<String, Value> attributes = new HashMap<>();
      attributes.put("type", Value.text(type));
      attributes.put("value", Value.text(value));
      attributes.put("scanAction", Value.text(udso.scanAction()));
      if (!udso.notes().isEmpty()) {
        attributes.put("notes", Value.text(udso.notes()));
      }
      udso.expirationUtcDate().filter(d -> d.length() >= 10).ifPresent(d -> attributes.put("expires", Value.text(d.substring(0, 10))));
      live.add(LiveResource.of(Address.of(kind(), type + ":" + value), attributes));
    }
    return live;
  }

  @Override
  public LiveResource create(DesiredResource desired) {
    client.addUdso(toUdso(desired));
    return LiveResource.of(desired.address(), desired.attributes());
  }

  /** The add call overwrites an existing object of the same type and content. */
  @Override
  public LiveResource update(DesiredResource desired, LiveResource live) {
    return create(desired);
  }

  @Override
  public void delete(LiveResource live) {
    client.deleteUdso(Value.textOf(live.attributes(), "type", ""), Value.textOf(live.attributes(), "value", ""));
  }

  private static Udso toUdso(DesiredResource desired) {
    Map<String, Value> a = desired.attributes();
    return new Udso(Value.textOf(a, "type", ""), Value.textOf(a, "value", ""), Value.textOf(a, "notes", ""), Value.textOf(a, "scanAction", ""),
        Optional.ofNullable(a.get("expires")).flatMap(Value::asText).map(d -> d + "T00:00:00Z"));
  }
}
