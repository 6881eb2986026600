package dev.tiac.providers.checks;

import dev.tiac.plan.Address;
import dev.tiac.plan.CheckOutcome;
import dev.tiac.plan.ResourceKind;
import dev.tiac.plan.desired.DesiredResource;
import dev.tiac.providers.Checker;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The AD synchronization tool needs .NET Framework 4.6.1 or later on its server. No Trend Micro
 * API reports it; where a console reports what the running tool found (the sandbox's does) that is
 * the evidence, otherwise the check is unknown and says how to confirm it on the server.
 */
public final class DotNetCheck implements Checker {
  private final Function<String, Optional<String>> reported;

  public DotNetCheck(Function<String, Optional<String>> reported) {
    this.reported = reported;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.DOTNET;
  }

  @Override
  public Map<Address, CheckOutcome> check(List<DesiredResource> desired) {
    Map<Address, CheckOutcome> outcomes = new HashMap<>();
    for (DesiredResource server : desired) {
      String host = server.attributes().get("server");
      String minimum = server.attributes().getOrDefault("minimumDotNetVersion", "4.6.1");
      Optional<String> version = reported.apply(host);
      CheckOutcome outcome;
      if (version.isEmpty()) {
        outcome = new CheckOutcome(CheckOutcome.Status.UNKNOWN, "no API reports the .NET Framework version of " + host,
            List.of("On " + host + ", check that HKLM\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full has Release 394254 or higher (" + minimum + "+)"));
      } else if (compare(version.get(), minimum) >= 0) {
        outcome = new CheckOutcome(CheckOutcome.Status.PASS, "the synchronization tool on " + host + " reported .NET Framework " + version.get(), List.of());
      } else {
        outcome = new CheckOutcome(CheckOutcome.Status.FAIL, host + " has .NET Framework " + version.get() + ", older than " + minimum,
            List.of("Install .NET Framework " + minimum + " or later on " + host + ", then run ADSyncAgentTool.exe -s again"));
      }
      outcomes.put(server.address(), outcome);
    }
    return outcomes;
  }

  /** Compares dotted versions numerically: 4.8 is newer than 4.6.1. */
  static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int p = i < x.length ? parse(x[i]) : 0;
      int q = i < y.length ? parse(y[i]) : 0;
      if (p != q) {
        return Integer.compare(p, q);
      }
    }
    return 0;
  }

  private static int parse(String part) {
    try {
      return Integer.parseInt(part.replaceAll("[^0-9].*$", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
