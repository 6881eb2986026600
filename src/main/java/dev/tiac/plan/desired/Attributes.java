package dev.tiac.plan.desired;

import dev.tiac.contract.Address;
import dev.tiac.contract.DesiredResource.OptIn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** The attributes each kind compares, in the canonical text both desired and live state use. */
final class Attributes {
  private Attributes() {}

  static DesiredResources.Draft of(Address address, JsonNode n) {
    DesiredResources.Draft d = new DesiredResources.Draft(address);
    switch (address.kind()) {
      case LICENCE -> d.put("product", n.path("product")).put("minimumSeats", n.path("minimumSeats"))
          .put("warnDaysBeforeExpiry", n.has("warnDaysBeforeExpiry") ? n.path("warnDaysBeforeExpiry").asString() : "30")
          .put("attestationMaxAgeDays", n.path("attestationMaxAgeDays"));
      case CAS_SERVICE_ACCOUNT -> d.put("type", n.path("type")).put("administrator", n.path("administrator"));
      case CAS_POLICY -> d.put("status", n.path("status")).optIn(n.path("allowWeakening"), OptIn.WEAKEN);
      case CAS_TOKEN -> d.put("target", n.path("target")).put("apiTypes", n.path("apiTypes")).put("description", n.path("description"))
          .put("deliverTo", n.path("deliverTo").has("file") ? "file:" + n.path("deliverTo").path("file").asString() : "refs")
          .optIn(n.path("allowRotation"), OptIn.ROTATE);
      case CAS_BLOCKED_LISTS -> d.put("senders", lower(n.path("senders"))).put("urls", n.path("urls").isMissingNode() ? "[]" : canonical(n.path("urls")))
          .put("fileSha1", lower(n.path("fileSha1"))).put("fileSha256", lower(n.path("fileSha256")))
          .optIn(n.path("allowDelete"), OptIn.DELETE);
      case CLOUD_SERVICE_SETTINGS -> {
        d.put("account", n.path("account")).optIn(n.path("allowTakeover"), OptIn.TAKEOVER);
        d.secrets.put("password", n.path("password").asString());
      }
      case AD_SYNC -> d.put("enabled", n.path("enabled"));
      case AD_SYNC_TOOL -> d.put("server", n.path("server").asString().toLowerCase(Locale.ROOT))
          .put("minimumDotNetVersion", n.has("minimumDotNetVersion") ? n.path("minimumDotNetVersion").asString() : "4.6.1")
          .put("scheduleHours", n.path("scheduleHours")).optIn(n.path("allowReissue"), OptIn.REISSUE);
      case DOTNET -> d.put("server", n.path("server").asString().toLowerCase(Locale.ROOT))
          .put("minimumDotNetVersion", n.has("minimumDotNetVersion") ? n.path("minimumDotNetVersion").asString() : "4.6.1")
          .put("attestationMaxAgeDays", n.path("attestationMaxAgeDays"));
      case SUSPICIOUS_OBJECT -> d.put("type", n.path("type")).put("value", suspiciousValue(n)).put("scanAction", n.path("scanAction"))
          .put("notes", n.path("notes")).put("expires", n.path("expires")).optIn(n.path("allowDelete"), OptIn.DELETE);
      case APEXONE_POLICY -> d.put("targets", targets(n.path("targets")))
          .put("windowsDesktop", n.path("platforms").path("windowsDesktop").asBoolean(true) ? "true" : "false")
          .put("windowsServer", n.path("platforms").path("windowsServer").asBoolean(true) ? "true" : "false")
          .put("endpointSensor", n.path("endpointSensor").path("enabled"))
          .put("deploy", n.path("deploy").asBoolean(true) ? "true" : "false")
          .put("priority", n.path("priority")).optIn(n.path("allowWeakening"), OptIn.WEAKEN);
      case EMAIL_CLIENT -> d.put("client", n.path("client")).put("scope", n.path("scope").has("policies") ? "policies:" + canonical(n.path("scope").path("policies")) : "all")
          .put("exceptions", lower(n.path("exceptions")));
    }
    return d;
  }

  /** Text for one value: scalars as written, lists sorted and comma-joined, objects as key=value. */
  static String canonical(JsonNode value) {
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(v -> items.add(canonical(v)));
      Collections.sort(items);
      return "[" + String.join(", ", items) + "]";
    }
    if (value.isObject()) {
      List<String> parts = new ArrayList<>();
      value.properties().forEach(e -> parts.add(e.getKey() + "=" + canonical(e.getValue())));
      Collections.sort(parts);
      return "{" + String.join(", ", parts) + "}";
    }
    return value.asString();
  }

  private static String lower(JsonNode list) {
    return list.isMissingNode() ? "[]" : canonical(list).toLowerCase(Locale.ROOT);
  }

  private static String targets(JsonNode targets) {
    return canonical(targets);
  }

  static String suspiciousValue(JsonNode n) {
    String key = dev.tiac.config.check.DeclaredResources.suspiciousKey(n);
    return key.substring(key.indexOf(':') + 1);
  }
}
