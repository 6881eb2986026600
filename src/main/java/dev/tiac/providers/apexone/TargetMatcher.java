package dev.tiac.providers.apexone;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves a policy's targets (the canonical text of {@code targets} in the file) to endpoints,
 * so the plan can state a change's reach and evidence can be checked on exactly those endpoints.
 */
public final class TargetMatcher {
  private TargetMatcher() {}

  /** Targets as the file gives them: type and lists. */
  public record Targets(String type, List<String> hosts, List<String> folders, List<String> operatingSystems, List<String> ipRanges, List<String> adDomains) {
    public static Targets parse(String canonical) {
      Map<String, List<String>> fields = new java.util.HashMap<>();
      String type = "filtered";
      String inner = canonical.startsWith("{") ? canonical.substring(1, canonical.length() - 1) : canonical;
      for (String part : splitTopLevel(inner)) {
        int eq = part.indexOf('=');
        if (eq < 0) {
          continue;
        }
        String name = part.substring(0, eq);
        String value = part.substring(eq + 1);
        if (name.equals("type")) {
          type = value;
        } else if (value.startsWith("[")) {
          fields.put(name, dev.tiac.plan.CanonicalList.entries(value));
        }
      }
      return new Targets(type, fields.getOrDefault("hosts", List.of()), fields.getOrDefault("folders", List.of()),
          fields.getOrDefault("operatingSystems", List.of()), fields.getOrDefault("ipRanges", List.of()), fields.getOrDefault("adDomains", List.of()));
    }

    private static List<String> splitTopLevel(String text) {
      List<String> parts = new java.util.ArrayList<>();
      int depth = 0;
      StringBuilder current = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        depth += c == '[' ? 1 : c == ']' ? -1 : 0;
        if (depth == 0 && text.startsWith(", ", i)) {
          parts.add(current.toString());
          current.setLength(0);
          i++;
          continue;
        }
        current.append(c);
      }
      if (current.length() > 0) {
        parts.add(current.toString());
      }
      return parts;
    }
  }

  public static List<Endpoint> match(Targets targets, List<Endpoint> endpoints) {
    return endpoints.stream().filter(e -> matches(targets, e)).toList();
  }

  static boolean matches(Targets t, Endpoint e) {
    if (t.type().equals("specified")) {
      return t.hosts().stream().anyMatch(h -> h.equalsIgnoreCase(e.hostName()) || e.hostName().toLowerCase(Locale.ROOT).startsWith(h.toLowerCase(Locale.ROOT) + "."))
          || t.folders().stream().anyMatch(f -> e.folderPath().equalsIgnoreCase(f) || e.folderPath().toLowerCase(Locale.ROOT).startsWith(f.toLowerCase(Locale.ROOT) + "/"));
    }
    // Filtered: every criterion given must match (the console ANDs its criteria).
    boolean os = t.operatingSystems().isEmpty() || t.operatingSystems().contains("WIN") || t.operatingSystems().contains(e.osFamily());
    boolean domain = t.adDomains().isEmpty() || t.adDomains().stream().anyMatch(d -> d.equalsIgnoreCase(e.adDomain()));
    boolean ip = t.ipRanges().isEmpty() || t.ipRanges().stream().anyMatch(r -> inRange(r, e.ip()));
    return os && domain && ip;
  }

  static boolean inRange(String range, String ip) {
    String[] ends = range.split("-", 2);
    if (ends.length != 2 || ip.isBlank()) {
      return false;
    }
    long value = toLong(ip);
    return value >= toLong(ends[0]) && value <= toLong(ends[1]);
  }

  private static long toLong(String ip) {
    long value = 0;
    String[] parts = ip.trim().split("\\.");
    if (parts.length != 4) {
      return -1;
    }
    for (String part : parts) {
      try {
        value = value * 256 + Integer.parseInt(part);
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return value;
  }
}
