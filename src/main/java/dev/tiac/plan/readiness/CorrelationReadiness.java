package dev.tiac.plan.readiness;

import dev.tiac.config.diagnostics.SourceLocation;
import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.Direction;
import dev.tiac.contract.Evidence;
import dev.tiac.contract.KindHandling;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Conclusions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The correlation readiness as a whole: can the file's investigations follow mail to its AD user
 * and on to endpoint activity? Concluded from the plan's own findings (checks, live values, what
 * they rest on) and two direct looks (a sweep, an LDAP read), never changed by apply. It fails when
 * something is shown to block the join, is unknown when something cannot be shown, and names both.
 */
public final class CorrelationReadiness implements Conclusions {
  public static final Address ADDRESS = Address.of(ResourceKind.READINESS, "email");
  private static final Value ON = Value.text("ON");
  private static final Value AS_A_SERVICE = Value.text("apexOneAsAService");

  private final List<String> investigations;
  private final Optional<SourceLocation> declaredAt;
  private final Function<ResourceKind, KindHandling> handling;
  private final Function<Address, Optional<Evidence>> evidence;
  private final Supplier<CheckOutcome> sweeps;
  private final Supplier<CheckOutcome> directory;

  /**
   * @param investigations the file's investigation names; none, and there is nothing to conclude
   * @param declaredAt where the file declares its investigations
   * @param handling how this run handles each kind: whether a setting's live value is read or only evidenced
   * @param sweeps whether sweeps through the connection's token see mail
   * @param directory whether the directory holds the users mail is joined to
   */
  public CorrelationReadiness(List<String> investigations, Optional<SourceLocation> declaredAt, Function<ResourceKind, KindHandling> handling,
      Function<Address, Optional<Evidence>> evidence, Supplier<CheckOutcome> sweeps, Supplier<CheckOutcome> directory) {
    this.investigations = List.copyOf(investigations);
    this.declaredAt = declaredAt;
    this.handling = handling;
    this.evidence = evidence;
    this.sweeps = sweeps;
    this.directory = directory;
  }

  @Override
  public List<Change> draw(Facts facts) {
    if (investigations.isEmpty()) {
      return facts.changes();
    }
    List<String> notes = new ArrayList<>();
    List<Requirement> requirements = requirements(facts, notes);
    List<Change> all = new ArrayList<>(facts.changes());
    all.add(new Change(ADDRESS, ChangeKind.CHECK, List.of(), Direction.NEUTRAL, Optional.empty(), false, Optional.empty(), List.of(),
        Optional.of(outcome(requirements, notes, investigations)), declaredAt));
    return all;
  }

  List<Requirement> requirements(Facts facts, List<String> notes) {
    Settings settings = new Settings(facts, handling, evidence);
    Checks checks = new Checks(facts, notes);
    List<Requirement> r = new ArrayList<>();
    mail(settings, checks, r, notes);
    user(settings, checks, r, notes);
    endpoint(settings, checks, r, notes);
    return r;
  }

  private void mail(Settings settings, Checks checks, List<Requirement> r, List<String> notes) {
    CheckOutcome mail = sweeps.get();
    checks.licence("cloudAppSecurity", Leg.MAIL).ifPresent(r::add);
    r.add(new Requirement("Exchange Online service account", Leg.MAIL, orSwept(mail,
        settings.declared(ResourceKind.CAS_SERVICE_ACCOUNT, d -> true).stream().map(d -> settings.judge(d, a -> true, a -> "exists")).toList(),
        false, "the file declares no cloudAppSecurity.serviceAccount")));
    r.add(new Requirement("a Default Exchange policy ON", Leg.MAIL, orSwept(mail, policies(settings), true,
        "the file declares no cloudAppSecurity.policies")));
    r.add(new Requirement("sweeps through the connection's token", Leg.MAIL, mail));
    add(r, notes, "the token for Apex One as a Service", Leg.MAIL, settingsOf(settings, ResourceKind.CAS_TOKEN,
        d -> AS_A_SERVICE.equals(d.attributes().get("target")),
        a -> a.getOrDefault("apiTypes", Value.list(List.of())).texts().contains("threatInvestigation.emailMessage"),
        a -> "has API types " + Optional.ofNullable(a.get("apiTypes")).map(t -> String.join(", ", t.texts())).orElse("(unknown)")),
        "Apex Central's own email correlation needs one; the file declares none");
    add(r, notes, "Cloud Service Settings", Leg.MAIL, settingsOf(settings, ResourceKind.CLOUD_SERVICE_SETTINGS, d -> true,
        a -> !Value.TRUE.equals(a.get("registeredElsewhere")),
        a -> Value.TRUE.equals(a.get("registeredElsewhere")) ? "is registered to another Apex Central" : "is registered here"),
        "the file declares no apexCentral.cloudServiceSettings");
  }

  private void user(Settings settings, Checks checks, List<Requirement> r, List<String> notes) {
    r.add(new Requirement("directory users", Leg.USER, directory.get()));
    add(r, notes, "Active Directory synchronization", Leg.USER, settingsOf(settings, ResourceKind.AD_SYNC, d -> true,
        a -> Value.TRUE.equals(a.get("enabled")), a -> Optional.ofNullable(a.get("enabled")).flatMap(Value::asBoolean).map(e -> e ? "is enabled" : "is disabled").orElse("is unknown")),
        "the file declares no apexCentral.activeDirectorySync");
    List<CheckOutcome> tools = settings.declared(ResourceKind.AD_SYNC_TOOL, d -> true).stream()
        .map(d -> settings.judge(d, SyncTool::active, a -> SyncTool.describe(d, a))).toList();
    if (!tools.isEmpty()) {
      r.add(new Requirement("the synchronization tool", Leg.USER, Settings.all(tools)));
    }
    checks.of(ResourceKind.DOTNET).ifPresent(o -> r.add(new Requirement(".NET Framework on the synchronization server", Leg.USER, o)));
  }

  private void endpoint(Settings settings, Checks checks, List<Requirement> r, List<String> notes) {
    checks.licence("endpointSensor", Leg.ENDPOINT).ifPresent(r::add);
    List<DesiredResource> sensing = settings.declared(ResourceKind.APEXONE_POLICY, d -> Value.TRUE.equals(d.attributes().get("endpointSensor")));
    r.add(new Requirement("Endpoint Sensor on the policies' endpoints", Leg.ENDPOINT, sensing.isEmpty()
        ? new CheckOutcome(CheckOutcome.Status.UNKNOWN, "no Apex One policy in the file enables Endpoint Sensor",
            List.of("Declare an apexOne.policies entry with endpointSensor.enabled: true for the endpoints the investigations follow."))
        : Settings.all(sensing.stream().map(d -> settings.judge(d, a -> Value.TRUE.equals(a.get("endpointSensor")),
            a -> "has Endpoint Sensor " + (Value.TRUE.equals(a.get("endpointSensor")) ? "on" : "off"))).toList())));
    add(r, notes, "Outlook on the endpoints in scope", Leg.ENDPOINT, checks.of(ResourceKind.EMAIL_CLIENT),
        "the file declares no apexOne.emailClient");
  }

  /** A requirement the file may not declare: judged when it does, listed as not checked when not. */
  private static void add(List<Requirement> r, List<String> notes, String name, Leg leg, Optional<CheckOutcome> outcome, String undeclared) {
    outcome.ifPresentOrElse(o -> r.add(new Requirement(name, leg, o)), () -> notes.add(name + " (" + undeclared + ")"));
  }

  /**
   * Each declared Default Exchange policy judged by its live status; one ON serves. Only a policy
   * the file wants ON is a way out, so the remedy names those (or says the file keeps all OFF).
   */
  private static List<CheckOutcome> policies(Settings settings) {
    List<CheckOutcome> judged = new ArrayList<>();
    boolean anyWanted = settings.declared(ResourceKind.CAS_POLICY, d -> true).stream().anyMatch(d -> ON.equals(d.attributes().get("status")));
    for (DesiredResource d : settings.declared(ResourceKind.CAS_POLICY, d -> true)) {
      CheckOutcome o = settings.judge(d, a -> ON.equals(a.get("status")), a -> "is " + a.getOrDefault("status", Value.text("unknown")).asText().orElse("unknown"));
      boolean wanted = ON.equals(d.attributes().get("status"));
      judged.add(wanted ? o : new CheckOutcome(o.status(), o.evidence(), List.of()));
    }
    if (!anyWanted && !judged.isEmpty()) {
      judged.add(new CheckOutcome(CheckOutcome.Status.FAIL, "the file keeps every Default Exchange policy OFF",
          List.of("Set status: \"ON\" for Default Exchange Policy ATP or DLP in cloudAppSecurity.policies, then apply.")));
    }
    return judged;
  }

  private static Optional<CheckOutcome> settingsOf(Settings settings, ResourceKind kind, Predicate<DesiredResource> which,
      Predicate<Map<String, Value>> good, Function<Map<String, Value>, String> describe) {
    List<DesiredResource> declared = settings.declared(kind, which);
    return declared.isEmpty() ? Optional.empty() : Optional.of(Settings.all(declared.stream().map(d -> settings.judge(d, good, describe)).toList()));
  }

  /** Mail seen in a sweep shows the account and an enabled policy at work, whatever was attested. */
  private static CheckOutcome orSwept(CheckOutcome mail, List<CheckOutcome> declared, boolean anyOne, String undeclared) {
    if (mail.status() == CheckOutcome.Status.PASS) {
      return Settings.pass(mail.evidence());
    }
    if (declared.isEmpty()) {
      return new CheckOutcome(CheckOutcome.Status.UNKNOWN, undeclared + ", and " + mail.evidence(), mail.remedy());
    }
    return anyOne ? Settings.any(declared) : Settings.all(declared);
  }

  static CheckOutcome outcome(List<Requirement> requirements, List<String> notes, List<String> investigations) {
    CheckOutcome.Status status = requirements.stream().map(Requirement::status).reduce(CheckOutcome.Status.PASS, Settings::worse);
    String names = String.join(", ", investigations);
    String unchecked = notes.isEmpty() ? "" : "; not checked: " + String.join("; ", notes);
    List<Requirement> failing = requirements.stream().filter(r -> r.status() == CheckOutcome.Status.FAIL).toList();
    List<Requirement> unknown = requirements.stream().filter(r -> r.status() == CheckOutcome.Status.UNKNOWN).toList();
    List<String> remedy = new ArrayList<>();
    failing.forEach(r -> remedy.add(r.line()));
    unknown.forEach(r -> remedy.add(r.line()));
    return switch (status) {
      case PASS -> new CheckOutcome(status, "ready: mail → AD user → endpoint activity holds for " + names + ": "
          + String.join("; ", requirements.stream().map(r -> r.name() + ": " + r.outcome().evidence()).toList()) + unchecked, List.of());
      case FAIL -> new CheckOutcome(status, "blocked by " + String.join(", ", failing.stream().map(Requirement::name).toList())
          + ": where it breaks, the investigations " + names + " cannot follow mail → AD user → endpoint activity"
          + (unknown.isEmpty() ? "" : "; not shown: " + String.join(", ", unknown.stream().map(Requirement::name).toList())) + unchecked, remedy);
      case UNKNOWN -> new CheckOutcome(status, "not shown: " + String.join(", ", unknown.stream().map(Requirement::name).toList())
          + "; everything else holds for " + names + unchecked, remedy);
    };
  }
}
