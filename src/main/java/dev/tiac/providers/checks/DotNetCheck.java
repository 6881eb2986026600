package dev.tiac.providers.checks;

import dev.tiac.contract.Address;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Source;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Checker;
import dev.tiac.contract.spi.ReadContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The AD synchronization tool needs .NET Framework 4.6.1 or later on its server. No public Trend
 * Micro API reports it. Where the console shows what the tool itself reported (it reports the
 * version even on a run it refuses), that is the evidence; otherwise a current attestation
 * (tiac attest --fact dotNetVersion=…); otherwise the check is unknown and says how to look.
 */
public final class DotNetCheck implements Checker {
  private static final Source TOOL_REPORT = Source.api("the synchronization tool's report on the Apex Central console (management API)");

  private final Function<String, Optional<String>> reported;
  private final Clock clock;

  public DotNetCheck(Function<String, Optional<String>> reported, Clock clock) {
    this.reported = reported;
    this.clock = clock;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.DOTNET;
  }

  @Override
  public Map<Address, CheckOutcome> check(List<DesiredResource> desired) {
    return check(desired, ReadContext.empty());
  }

  @Override
  public Map<Address, CheckOutcome> check(List<DesiredResource> desired, ReadContext context) {
    Map<Address, CheckOutcome> outcomes = new HashMap<>();
    for (DesiredResource server : desired) {
      String host = Value.textOf(server.attributes(), "server", "");
      String minimum = Value.textOf(server.attributes(), "minimumDotNetVersion", "4.6.1");
      Optional<String> version = reported.apply(host);
      CheckOutcome outcome;
      if (version.isPresent()) {
        outcome = judge(host, minimum, version.get(), "the synchronization tool on " + host + " reported", TOOL_REPORT);
      } else {
        AttestedFacts attested = AttestedFacts.of(context, server.address(), server.attributes(), clock.instant());
        Optional<String> fact = attested instanceof AttestedFacts.Current c ? c.fact("dotNetVersion") : Optional.empty();
        if (fact.isPresent()) {
          AttestedFacts.Current c = (AttestedFacts.Current) attested;
          outcome = judge(host, minimum, fact.get(), "attested for " + host + ":", c.source());
        } else {
          String why = attested instanceof AttestedFacts.Expired e ? "; " + e.why() : "";
          outcome = new CheckOutcome(CheckOutcome.Status.UNKNOWN, "no API reports the .NET Framework version of " + host
              + " and the synchronization tool has not reported from it" + why,
              List.of("On " + host + ", check that HKLM\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full has Release 394254 or higher ("
                  + minimum + "+) and give the version when asked; run: " + AttestedFacts.command(server.address())),
              TOOL_REPORT);
        }
      }
      outcomes.put(server.address(), outcome);
    }
    return outcomes;
  }

  private static CheckOutcome judge(String host, String minimum, String version, String seen, Source source) {
    if (compare(version, minimum) >= 0) {
      return new CheckOutcome(CheckOutcome.Status.PASS, seen + " .NET Framework " + version + " (at least " + minimum + ")", List.of(), source);
    }
    return new CheckOutcome(CheckOutcome.Status.FAIL, host + " has .NET Framework " + version + ", older than " + minimum + " (" + seen.trim() + ")",
        List.of("Install .NET Framework " + minimum + " or later on " + host + ", then run ADSyncAgentTool.exe -s again"), source);
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

  /** The .NET Framework version a console reports for a synchronization server, where one does. */
  @FunctionalInterface
  public interface Reported {
    Optional<String> version(String server);
  }
}
