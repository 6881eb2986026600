package dev.tiac.plan.desired;

import dev.tiac.contract.Address;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** The attributes each kind compares, typed as the file writes them, in the canonical form both desired and live state use. */
final class Attributes {
  private Attributes() {}

  static DesiredResources.Draft of(Address address, JsonNode n) {
    DesiredResources.Draft d = new DesiredResources.Draft(address);
    switch (address.kind()) {
      case LICENCE -> d.put("product", n.path("product")).put("minimumSeats", n.path("minimumSeats"))
          .put("warnDaysBeforeExpiry", n.has("warnDaysBeforeExpiry") ? canonical(n.path("warnDaysBeforeExpiry")) : Value.number(30))
          .put("attestationMaxAgeDays", n.path("attestationMaxAgeDays"));
      case CAS_SERVICE_ACCOUNT -> d.put("type", n.path("type")).put("administrator", n.path("administrator"));
      case CAS_POLICY -> d.put("status", n.path("status")).optIn(n.path("allowWeakening"), OptIn.WEAKEN);
      case CAS_TOKEN -> d.put("target", n.path("target")).put("apiTypes", n.path("apiTypes")).put("description", n.path("description"))
          .put("deliverTo", Value.text(n.path("deliverTo").has("file") ? "file:" + n.path("deliverTo").path("file").asString() : "refs"))
          .optIn(n.path("allowRotation"), OptIn.ROTATE);
      case CAS_BLOCKED_LISTS -> d.put("senders", lower(n.path("senders"))).put("urls", n.path("urls").isMissingNode() ? Value.set(List.of()) : canonical(n.path("urls")))
          .put("fileSha1", lower(n.path("fileSha1"))).put("fileSha256", lower(n.path("fileSha256")))
          .optIn(n.path("allowDelete"), OptIn.DELETE);
      case CLOUD_SERVICE_SETTINGS -> {
        d.put("account", n.path("account")).optIn(n.path("allowTakeover"), OptIn.TAKEOVER);
        d.secrets.put("password", n.path("password").asString());
      }
      case AD_SYNC -> d.put("enabled", n.path("enabled"));
      case AD_SYNC_TOOL -> d.put("server", Value.text(n.path("server").asString().toLowerCase(Locale.ROOT)))
          .put("minimumDotNetVersion", n.has("minimumDotNetVersion") ? canonical(n.path("minimumDotNetVersion")) : Value.text("4.6.1"))
          .put("scheduleHours", n.path("scheduleHours")).optIn(n.path("allowReissue"), OptIn.REISSUE);
      case DOTNET -> d.put("server", Value.text(n.path("server").asString().toLowerCase(Locale.ROOT)))
          .put("minimumDotNetVersion", n.has("minimumDotNetVersion") ? canonical(n.path("minimumDotNetVersion")) : Value.text("4.6.1"))
          .put("attestationMaxAgeDays", n.path("attestationMaxAgeDays"));
      case SUSPICIOUS_OBJECT -> d.put("type", n.path("type")).put("value", Value.text(suspiciousValue(n))).put("scanAction", n.path("scanAction"))
          .put("notes", n.path("notes")).put("expires", n.path("expires")).optIn(n.path("allowDelete"), OptIn.DELETE);
      case APEXONE_POLICY -> d.put("targets", n.path("targets"))
          .put("windowsDesktop", Value.bool(n.path("platforms").path("windowsDesktop").asBoolean(true)))
          .put("windowsServer", Value.bool(n.path("platforms").path("windowsServer").asBoolean(true)))
          .put("endpointSensor", n.path("endpointSensor").path("enabled"))
          .put("deploy", Value.bool(n.path("deploy").asBoolean(true)))
          .put("priority", n.path("priority")).optIn(n.path("allowWeakening"), OptIn.WEAKEN);
      case EMAIL_CLIENT -> d.put("client", n.path("client"))
          .put("scope", n.path("scope").isObject() ? canonical(n.path("scope")) : Value.map(Map.of("all", Value.TRUE)))
          .put("exceptions", lower(n.path("exceptions")));
    }
    return d;
  }

  /** The typed value as the file writes it, every list sorted: lists of this file format are sets. */
  static Value canonical(JsonNode value) {
    return sortLists(Value.of(value));
  }

  private static Value sortLists(Value value) {
    if (value instanceof Value.Items list) {
      return Value.sorted(list.items().stream().map(Attributes::sortLists).toList());
    }
    if (value instanceof Value.Fields map) {
      Map<String, Value> fields = new TreeMap<>();
      map.fields().forEach((k, v) -> fields.put(k, sortLists(v)));
      return Value.map(fields);
    }
    return value;
  }

  /** A list of entries the service compares without case, lower-cased; none when absent. */
  private static Value lower(JsonNode list) {
    List<String> entries = new ArrayList<>();
    list.forEach(e -> entries.add(e.asString().toLowerCase(Locale.ROOT)));
    return Value.set(entries);
  }

  static String suspiciousValue(JsonNode n) {
    String key = dev.tiac.config.check.DeclaredResources.suspiciousKey(n);
    return key.substring(key.indexOf(':') + 1);
  }
}
