package dev.tiac.providers.cas;

import java.util.function.Function;
import dev.tiac.contract.spi.Reach;
import dev.tiac.contract.Evidence;
import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.ConsoleWords;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Service;
import dev.tiac.contract.SetupStep;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Changes;
import dev.tiac.contract.spi.Desired;
import dev.tiac.contract.spi.Entry;
import dev.tiac.contract.spi.Exported;
import dev.tiac.contract.spi.KindDefinition;
import dev.tiac.contract.spi.KindIdentity;
import dev.tiac.contract.spi.Leg;
import dev.tiac.contract.spi.ReadinessRule;
import dev.tiac.contract.spi.Rules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The Exchange Online service account Cloud App Security protects mail through ({@code cas.serviceAccount}). */
public final class CasServiceAccountKind implements KindDefinition {
  private static final String POINTER = "/cloudAppSecurity/serviceAccount";

  @Override
  public KindIdentity identity() {
    return new KindIdentity(ResourceKind.CAS_SERVICE_ACCOUNT, SetupStep.CAS_SERVICE_ACCOUNT, Service.CLOUD_APP_SECURITY, Optional.of(ResourceKind.LICENCE));
  }

  @Override
  public List<ReadinessRule> readiness() {
    return List.of(new ReadinessRule(Leg.MAIL, 10, "Exchange Online service account", v -> Optional.of(Swept.orSwept(v.sweeps(),
        v.declared(kind(), d -> true).stream().map(d -> v.judge(d, "type", a -> true, a -> "exists")).toList(), false,
        "the file declares no cloudAppSecurity.serviceAccount")), Optional.empty()));
  }

  @Override
  public Declarations declarations() {
    return Declarations.at(POINTER, kind().type(), n -> "exchangeOnline", "id");
  }

  @Override
  public void read(JsonNode n, Desired d) {
    d.put("type", n.path("type")).put("administrator", n.path("administrator"));
  }

  /** Adding an account only adds protection. */
  @Override
  public Change judge(Change change, Set<OptIn> optIns, Optional<LiveResource> live) {
    return Rules.strengthening(change);
  }

  @Override
  public Optional<String> deleted(Address address, Optional<LiveResource> live) {
    return Optional.of("Cloud App Security stops protecting Exchange Online and sweeps return no mail");
  }

  @Override
  public List<String> consoleSteps(Change change, Map<String, Value> desired) {
    return List.of("Open the Cloud App Security console (from the Products/Services screen of the Customer Licensing Portal).",
        "Go to Administration > Service Account, click Add and choose Exchange Online.",
        "Sign in as the Microsoft 365 global administrator" + Changes.after(change, "administrator").map(a -> " " + ConsoleWords.plain(a)).orElse("")
            + " and grant the consent Cloud App Security asks for.");
  }

  @Override
  public Optional<OptIn> optIn() {
    return Optional.empty();
  }

  @Override
  public Optional<String> neverDeleted() {
    return Optional.empty();
  }

  @Override
  public List<Exported> export(List<LiveResource> live, boolean byHand) {
    if (byHand) {
      return List.of(new Exported.Commented(POINTER, List.of("Only the console shows these: confirm them there (tiac attest records who did).",
          "serviceAccount:", "  type: exchangeOnline")));
    }
    return live.stream().limit(1).map(a -> (Exported) new Exported.One(POINTER, account(a))).toList();
  }

  private static Entry account(LiveResource a) {
    Entry account = new Entry();
    if (!a.attributes().containsKey("administrator")) {
      account.comment("administrator: the Microsoft 365 administrator who granted consent (the console does not show it)");
    }
    return account.put("type", Exported.shown(a, "type")).put("administrator", Optional.ofNullable(a.attributes().get("administrator")));
  }

  /** Added or removed in one call; an administrator's name changes nothing in the console. */
  @Override
  public int applyCalls(Change change) {
    return change.kind() == ChangeKind.CREATE || change.kind() == ChangeKind.DELETE ? 1 : 0;
  }

  /** Detections and sweeps through the connection's token show the account works. */
  @Override
  public Optional<Function<Address, Evidence>> evidence(Reach reach) {
    Optional<CasEvidence> cas = reach.client(CasEvidence.class);
    return Optional.of(a -> cas.map(CasEvidence::serviceAccount).orElse(CasEvidence.NO_CONNECTION));
  }
}
