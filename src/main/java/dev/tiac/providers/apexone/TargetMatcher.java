package dev.tiac.providers.apexone;

import dev.tiac.contract.Value;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a policy's targets (the {@code targets} map of the file) to endpoints,
 * so the plan can state a change's reach and evidence can be checked on exactly those endpoints.
 */
public final class TargetMatcher {
  private TargetMatcher() {}

  /** Targets as the file gives them: type and lists. */
  public record Targets(String type, List<String> hosts, List<String> folders, List<String> operatingSystems, List<String> ipRanges, List<String> adDomains) {
    /** The file's {@code targets} map; a policy that gives none is filtered on nothing, as the console's default. */
    public static Targets of(Value targets) {
      Map<String, Value> f = targets.fields();
      return new Targets(Optional.ofNullable(f.get("type")).flatMap(Value::asText).orElse("filtered"), texts(f, "hosts"), texts(f, "folders"),
          texts(f, "operatingSystems"), texts(f, "ipRanges"), texts(f, "adDomains"));
    }

    private static List<String> texts(Map<String, Value> fields, String name) {
      return Optional.ofNullable(fields.get(name)).map(Value::texts).orElse(List.of());
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
