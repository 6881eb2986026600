package dev.tiac.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed values in the words the vendors' consoles show, for runbook steps a person follows:
 * {@code {type: filtered, operatingSystems: [WIN_2019, WIN_2022]}} reads "Target: Filtered —
 * Operating system is Windows Server 2019 or Windows Server 2022". The steps of every console
 * kind call it, wherever they are built, so the wording is said once.
 */
public final class ConsoleWords {
  private static final Map<String, String> OPERATING_SYSTEMS = Map.of("WIN", "Windows", "WIN_10", "Windows 10", "WIN_11", "Windows 11",
      "WIN_2016", "Windows Server 2016", "WIN_2019", "Windows Server 2019", "WIN_2022", "Windows Server 2022");
  private static final Map<String, String> API_TYPES = Map.of(
      "threatInvestigation.emailMessage", "Threat Investigation: Email message",
      "threatMitigation.emailMessage", "Threat Mitigation: Email message",
      "remediation.blockedLists", "Remediation: Blocked lists");
  private static final Map<String, String> TOKEN_TARGETS = Map.of("apexOneAsAService", "Apex One as a Service",
      "externalApplication", "External application");

  private ConsoleWords() {}

  /**
   * An Apex One policy's targets as Policy Management shows them: "Target: Filtered — Operating
   * system is Windows 10 or Windows 11" or "Target: Specified — ACME, Inc/Legal; Workgroup; endpoint FIN-LT-0042".
   */
  public static String targets(Value targets) {
    Map<String, Value> f = targets.fields();
    boolean filtered = Value.textOf(f, "type", "").equals("filtered");
    List<String> parts = new ArrayList<>();
    if (filtered) {
      criterion(parts, "Operating system", f.get("operatingSystems"), OPERATING_SYSTEMS);
      criterion(parts, "IP address range", f.get("ipRanges"), Map.of());
      criterion(parts, "Active Directory domain", f.get("adDomains"), Map.of());
      return "Target: Filtered — " + (parts.isEmpty() ? "no criteria" : String.join(", and ", parts));
    }
    // Folder paths hold commas ("ACME, Inc/Legal"), so entries are set apart by semicolons.
    List<String> picked = new ArrayList<>();
    f.getOrDefault("folders", Value.list(List.of())).texts().forEach(picked::add);
    f.getOrDefault("hosts", Value.list(List.of())).texts().forEach(h -> picked.add("endpoint " + h));
    return "Target: Specified — " + (picked.isEmpty() ? "nothing selected" : String.join("; ", picked));
  }

  /** Cloud App Security token API types as the Add dialog lists them, e.g. "Threat Investigation: Email message". */
  public static String apiTypes(Value apiTypes) {
    return either(apiTypes.texts().stream().map(t -> API_TYPES.getOrDefault(t, t)).toList(), "and");
  }

  /** A token's target as the Add dialog offers it: "Apex One as a Service" or "External application". */
  public static String tokenTarget(Value target) {
    String text = target.asText().orElse("");
    return TOKEN_TARGETS.getOrDefault(text, text);
  }

  /** What to do with a check box for a boolean: "Select" or "Clear". */
  public static String tick(Value value) {
    return value.asBoolean().orElse(true) ? "Select" : "Clear";
  }

  /** Any other value as a person types it: text and numbers as they are, a list's entries, a map's parts. */
  public static String plain(Value value) {
    if (value instanceof Value.Items list) {
      return String.join("; ", list.items().stream().map(ConsoleWords::plain).toList());
    }
    if (value instanceof Value.Fields map) {
      return String.join("; ", map.fields().entrySet().stream().map(e -> e.getKey() + " " + plain(e.getValue())).toList());
    }
    return value.asText().or(() -> value.asNumber().map(java.math.BigDecimal::toPlainString))
        .orElseGet(() -> value.asBoolean().orElseThrow() ? "on" : "off");
  }

  private static void criterion(List<String> parts, String name, Value values, Map<String, String> words) {
    if (values != null && !values.items().isEmpty()) {
      parts.add(name + " is " + either(values.texts().stream().map(t -> words.getOrDefault(t, t)).toList(), "or"));
    }
  }

  /** "a", "a or b", "a, b or c". */
  private static String either(List<String> items, String conjunction) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.get(items.size() - 1);
  }
}
