package dev.tiac.providers.cas;

import dev.tiac.contract.ApiCost;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.spi.Reach;
import dev.tiac.contract.spi.Wired;
import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Address;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.ConsoleWords;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.Direction;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** An Automation and Integration API token of Cloud App Security ({@code cas.token}). */
public final class CasTokenKind implements KindDefinition {
  private static final String POINTER = "/cloudAppSecurity/tokens";

  @Override
  public KindIdentity identity() {
    return new KindIdentity(ResourceKind.CAS_TOKEN, SetupStep.CAS_TOKEN, Service.CLOUD_APP_SECURITY, Optional.of(ResourceKind.CAS_POLICY));
  }

  /** Apex Central correlates mail through the one token for Apex One as a Service, which must read email messages. */
  @Override
  public List<ReadinessRule> readiness() {
    Value asAService = Value.text("apexOneAsAService");
    return List.of(new ReadinessRule(Leg.MAIL, 40, "the token for Apex One as a Service", v -> v.judgeAll(kind(),
        d -> asAService.equals(d.attributes().get("target")), "apiTypes",
        a -> a.getOrDefault("apiTypes", Value.list(List.of())).texts().contains("threatInvestigation.emailMessage"),
        a -> "has API types " + Optional.ofNullable(a.get("apiTypes")).map(t -> String.join(", ", t.texts())).orElse("(unknown)")),
        Optional.of("the token for Apex One as a Service (Apex Central's own email correlation needs one; the file declares none)")));
  }

  @Override
  public Declarations declarations() {
    return Declarations.eachOf(POINTER, kind().type(), n -> n.path("name").asString(),
        Set.of("value", "expiresAt", "createdAt"), Set.of("value"));
  }

  @Override
  public void read(JsonNode n, Desired d) {
    d.put("target", n.path("target")).put("apiTypes", n.path("apiTypes")).put("description", n.path("description"))
        .put("deliverTo", Value.text(n.path("deliverTo").has("file") ? "file:" + n.path("deliverTo").path("file").asString() : "refs"))
        .optIn(n.path("allowRotation"), OptIn.ROTATE);
  }

  /** The console cannot edit a token: changing one regenerates it. */
  @Override
  public boolean remakes(List<AttributeChange> attributes) {
    return true;
  }

  /** A token whose value was never delivered is held by nobody: replacing it takes nothing away. */
  @Override
  public Change judge(Change change, Set<OptIn> optIns, Optional<LiveResource> live) {
    if (live.isEmpty() || neverDelivered(live.get())) {
      return Rules.neutral(change);
    }
    return Rules.guarded(change, Direction.NEUTRAL, Optional.of("rotating the token invalidates the current one: every integration"
        + " that holds it loses access until it receives the new value"), optIns.contains(OptIn.ROTATE));
  }

  @Override
  public Optional<String> deleted(Address address, Optional<LiveResource> live) {
    return live.map(l -> neverDelivered(l)).orElse(true) ? Optional.empty()
        : Optional.of("deleting the token revokes it: every integration that holds it loses access");
  }

  /** A regenerated token asks for the target and API types the old one had where the change leaves them as they were. */
  @Override
  public List<String> consoleSteps(Change change, Map<String, Value> desired) {
    return List.of("In the Cloud App Security console, go to Administration > Automation and Integration APIs and click Add.",
        "Name the token \"" + change.address().key() + "\", choose the target " + Changes.after(change, "target").map(ConsoleWords::tokenTarget).orElse("the old token had")
            + " and tick the API types " + Changes.after(change, "apiTypes").map(ConsoleWords::apiTypes).orElse("the old token had") + ".",
        "Click Create Token, copy the token once, and store it " + Changes.after(change, "deliverTo").map(CasTokenKind::delivery).orElse("where the file says")
            + "; never paste it into the desired-state file.");
  }

  /** Where a new token goes: {@code file:PATH} or {@code refs}, as the file's deliverTo says. */
  private static String delivery(Value deliverTo) {
    String target = deliverTo.asText().orElse("refs");
    return target.startsWith("file:") ? "in " + target.substring("file:".length()) + " (the file's deliverTo.file)"
        : "where the file's secret references read it (deliverTo.refsOnly)";
  }

  private static boolean neverDelivered(LiveResource live) {
    return Value.text(LiveResource.NEVER_DELIVERED).equals(live.attributes().get("deliverTo"));
  }

  @Override
  public Optional<OptIn> optIn() {
    return Optional.of(OptIn.ROTATE);
  }

  @Override
  public Optional<String> neverDeleted() {
    return Optional.empty();
  }

  @Override
  public List<Exported> export(List<LiveResource> live, boolean byHand) {
    if (byHand) {
      return List.of(new Exported.Commented(POINTER, List.of("tokens: the Automation and Integration API tokens (only the console shows them; confirm them there)")));
    }
    List<Entry> tokens = live.stream().map(CasTokenKind::token).toList();
    return tokens.isEmpty() ? List.of() : List.of(new Exported.Each(POINTER, tokens));
  }

  private static Entry token(LiveResource token) {
    Map<String, Value> a = token.attributes();
    Entry m = new Entry().put("name", Value.text(token.address().key())).put("description", Optional.ofNullable(a.get("description")))
        .put("target", Exported.shown(token, "target")).put("apiTypes", Exported.shown(token, "apiTypes"));
    Optional.ofNullable(a.get("expiresAt")).flatMap(Value::asText).filter(e -> !e.isBlank()).ifPresent(e -> m.comment("expires " + Entry.inline(toTheSecond(e))));
    String delivery = Value.textOf(a, "deliverTo", "refs");
    if (!a.containsKey("deliverTo")) {
      m.comment("The console shows a token's value only when it is created; where it went is not shown.");
    }
    return m.put("deliverTo", delivery.startsWith("file:")
        ? new Entry().put("file", Value.text(delivery.substring("file:".length())))
        : new Entry().put("refsOnly", Value.TRUE));
  }

  /** The console's expiry time without its fractions of a second; anything else as it came. */
  private static String toTheSecond(String instant) {
    try {
      return Instant.parse(instant).truncatedTo(ChronoUnit.SECONDS).toString();
    } catch (DateTimeParseException e) {
      return instant;
    }
  }

  /** A rotation creates the new token, then deletes the old one. */
  @Override
  public int applyCalls(Change change) {
    return change.kind() == ChangeKind.CREATE || change.kind() == ChangeKind.DELETE ? 1 : 2;
  }

  /**
   * Under the runbook driver a token delivered to a file is probed with its own value, so its
   * calls count against its own budget.
   */
  @Override
  public Wired wire(Reach reach, KindHandling handling) {
    if (!handling.byRunbookSteps() || reach.client(CasClient.class).isEmpty()) {
      return Wired.NONE;
    }
    Service cas = Service.CLOUD_APP_SECURITY;
    return new Wired(Optional.empty(), Optional.empty(), reach.desired(kind()).stream()
        .filter(d -> Value.textOf(d.attributes(), "deliverTo", "").startsWith("file:"))
        .map(d -> new ApiCost(cas.title() + TokenEvidence.BUDGET_OF + d.address().key() + "\"",
            TokenEvidence.calls(d.attributes().getOrDefault("apiTypes", Value.list(List.of()))), cas.limit()))
        .toList());
  }
}
