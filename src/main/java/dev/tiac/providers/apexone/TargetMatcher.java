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
          fields.put(name, dev.tiac.contract.CanonicalList.entries(value));
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

  /**
   * The endpoints the targets select. The ranges are parsed once per call, not once per endpoint:
   * a plan resolves every policy over the whole fleet (10,000 endpoints in the issue-5 benchmark).
   */
  public static List<Endpoint> match(Targets targets, List<Endpoint> endpoints) {
    List<long[]> ranges = ranges(targets.ipRanges());
    return endpoints.stream().filter(e -> matches(targets, ranges, e)).toList();
  }

  static boolean matches(Targets t, Endpoint e) {
    return matches(t, ranges(t.ipRanges()), e);
  }

  private static boolean matches(Targets t, List<long[]> ranges, Endpoint e) {
    if (t.type().equals("specified")) {
      return t.hosts().stream().anyMatch(h -> h.equalsIgnoreCase(e.hostName()) || e.hostName().toLowerCase(Locale.ROOT).startsWith(h.toLowerCase(Locale.ROOT) + "."))
          || t.folders().stream().anyMatch(f -> e.folderPath().equalsIgnoreCase(f) || e.folderPath().toLowerCase(Locale.ROOT).startsWith(f.toLowerCase(Locale.ROOT) + "/"));
    }
    // Filtered: every criterion given must match (the console ANDs its criteria).
    boolean os = t.operatingSystems().isEmpty() || t.operatingSystems().contains("WIN") || t.operatingSystems().contains(e.osFamily());
    boolean domain = t.adDomains().isEmpty() || t.adDomains().stream().anyMatch(d -> d.equalsIgnoreCase(e.adDomain()));
    return os && domain && (t.ipRanges().isEmpty() || inAny(ranges, e.ip()));
  }

  private static boolean inAny(List<long[]> ranges, String ip) {
    if (ranges.isEmpty() || ip.isBlank()) {
      return false;
    }
    long value = toLong(ip);
    for (long[] range : ranges) {
      if (value >= range[0] && value <= range[1]) {
        return true;
      }
    }
    return false;
  }

  // "start-end" as two numbers; a range without a dash matches nothing, so it is left out.
  private static List<long[]> ranges(List<String> ipRanges) {
    List<long[]> ranges = new java.util.ArrayList<>(ipRanges.size());
    for (String range : ipRanges) {
      int dash = range.indexOf('-');
      if (dash >= 0) {
        ranges.add(new long[] {toLong(range.substring(0, dash)), toLong(range.substring(dash + 1))});
      }
    }
    return ranges;
  }

  /** Dotted IPv4 as a number, -1 when it is not four dot-separated decimal parts. */
  static long toLong(String ip) {
    String text = ip.trim();
    long value = 0;
    int parts = 0;
    int digits = 0;
    int part = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '.';
      if (c >= '0' && c <= '9' && digits < 9) {
        part = part * 10 + (c - '0');
        digits++;
      } else if (c == '.' && digits > 0 && parts < 4) {
        value = value * 256 + part;
        parts++;
        part = 0;
        digits = 0;
      } else {
        return -1;
      }
    }
    return parts == 4 ? value : -1;
  }
}
