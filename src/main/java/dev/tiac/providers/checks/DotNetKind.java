package dev.tiac.providers.checks;

import java.time.Clock;
import dev.tiac.contract.spi.Wired;
import dev.tiac.contract.spi.Reach;
import dev.tiac.contract.KindHandling;
import dev.tiac.config.check.Declarations;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.AttestedFact;
import dev.tiac.contract.spi.CheckDefinition;
import dev.tiac.contract.spi.Desired;
import dev.tiac.contract.spi.Exported;
import dev.tiac.contract.spi.KindIdentity;
import dev.tiac.contract.spi.Leg;
import dev.tiac.contract.spi.ReadinessRule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The .NET Framework floor of the AD server that runs the synchronization tool ({@code
 * ad.server}): a fact of the server, checked apart from the console setting.
 */
public final class DotNetKind implements CheckDefinition {
  @Override
  public KindIdentity identity() {
    return new KindIdentity(ResourceKind.DOTNET, SetupStep.AD_SYNC, Service.ACTIVE_DIRECTORY, Optional.empty());
  }

  /** A fact of the AD server, declared with the sync tool it serves. */
  @Override
  public List<Exported> export(List<LiveResource> live, boolean byHand) {
    return List.of();
  }

  @Override
  public List<ReadinessRule> readiness() {
    return List.of(new ReadinessRule(Leg.USER, 30, ".NET Framework on the synchronization server", v -> v.check(kind()), Optional.empty()));
  }

  @Override
  public Declarations declarations() {
    return Declarations.at("/apexCentral/activeDirectorySync/syncTool", kind().type(), n -> n.path("server").asString(), "dotNetVersion");
  }

  @Override
  public void read(JsonNode n, Desired d) {
    d.put("server", Value.text(n.path("server").asString().toLowerCase(Locale.ROOT)))
        .put("minimumDotNetVersion", n.path("minimumDotNetVersion"), Value.text("4.6.1"))
        .put("attestationMaxAgeDays", n.path("attestationMaxAgeDays"));
  }

  /** A server the sync tool never reported from shows its version only to the operator. */
  @Override
  public List<AttestedFact> facts() {
    return List.of(new AttestedFact("dotNetVersion", ".NET Framework version, as a version such as 4.8", "a version such as 4.8",
        "dotNetVersion=4.8", v -> v.matches("[0-9]+(\\.[0-9]+){1,3}")));
  }

  /** Checked from what the console reports, where a management API shows it, or attestations: no API calls. */
  @Override
  public Wired wire(Reach reach, KindHandling handling) {
    if (!reach.declares(kind())) {
      return Wired.NONE;
    }
    DotNetCheck.Reported reported = reach.client(DotNetCheck.Reported.class).orElse(server -> Optional.empty());
    return Wired.checker(new DotNetCheck(reported::version, reach.client(Clock.class).orElse(Clock.systemUTC())), List.of());
  }
}
