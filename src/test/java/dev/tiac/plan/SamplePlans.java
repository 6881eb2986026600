package dev.tiac.plan;

import dev.tiac.config.diagnostics.SourceLocation;
import dev.tiac.contract.Address;
import dev.tiac.contract.ApiCost;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.Direction;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Source;
import dev.tiac.contract.Unverified;
import dev.tiac.contract.Value;
import dev.tiac.plan.diff.Removal;
import dev.tiac.providers.Kinds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plans for view and report tests, shaped like the ones the differ makes for the seed setup. */
public final class SamplePlans {
  private SamplePlans() {}

  /** Every kind of change: two weakening (one refused), a refused reissue, a secret, a runbook, checks. */
  public static Plan mixed() {
    List<Change> changes = List.of(
        change(ResourceKind.CAS_POLICY, "Default Exchange Policy ATP", ChangeKind.UPDATE, Direction.WEAKENING,
            List.of(AttributeChange.plain("status", Optional.of(Value.text("ON")), Optional.of(Value.text("OFF")))), Optional.empty(), false, 14)
            .withReach(new Change.Reach(412, "mailboxes")),
        change(ResourceKind.APEXONE_POLICY, "Threat Investigations", ChangeKind.UPDATE, Direction.WEAKENING,
            List.of(AttributeChange.plain("endpointSensor", Optional.of(Value.TRUE), Optional.of(Value.FALSE)),
                AttributeChange.plain("targets",
                    Optional.of(Value.map(Map.of("folders", Value.set(List.of("ACME, Inc/Legal", "Workgroup")), "type", Value.text("specified")))),
                    Optional.of(Value.map(Map.of("folders", Value.set(List.of("ACME, Inc/Legal")), "type", Value.text("specified")))))),
            Optional.empty(), true, 61)
            .withReach(new Change.Reach(412, "endpoints")),
        change(ResourceKind.AD_SYNC_TOOL, "dc01.corp.example", ChangeKind.REPLACE, Direction.NEUTRAL,
            List.of(AttributeChange.plain("scheduleHours", Optional.of(Value.number(24)), Optional.of(Value.number(6)))),
            Optional.of("reissuing the AD sync tool deactivates every earlier tool and stops the AD servers configured through them from synchronizing"),
            false, 40),
        change(ResourceKind.CLOUD_SERVICE_SETTINGS, "clp-admin@corp.example", ChangeKind.UPDATE, Direction.STRENGTHENING,
            List.of(AttributeChange.secret("password", true)), Optional.empty(), true, 33),
        change(ResourceKind.CAS_SERVICE_ACCOUNT, "exchangeOnline", ChangeKind.MANUAL, Direction.STRENGTHENING,
            List.of(AttributeChange.plain("administrator", Optional.empty(), Optional.of(Value.text("admin@corp.example")))), Optional.empty(), true, 9)
            .withSteps(List.of(
                "Open the Cloud App Security console.",
                "Go to Administration > Service Account, click Add and choose Exchange Online.",
                "Sign in as the Microsoft 365 global administrator and grant consent.")),
        change(ResourceKind.SUSPICIOUS_OBJECT, "url:http://evil.example/a|b", ChangeKind.CREATE, Direction.STRENGTHENING,
            List.of(AttributeChange.plain("scanAction", Optional.empty(), Optional.of(Value.text("block")))), Optional.empty(), true, 72),
        new Change(Address.of(ResourceKind.SUSPICIOUS_OBJECT, "domain:old.example"), ChangeKind.DELETE,
            List.of(AttributeChange.plain("scanAction", Optional.of(Value.text("log")), Optional.empty())), Direction.WEAKENING,
            Optional.of("Apex Central stops matching domain:old.example on every managed product"), true, Optional.empty(),
            List.of(), Optional.empty(), Optional.empty()).guardedBy(Optional.empty()),
        check(ResourceKind.EMAIL_CLIENT, "all", new CheckOutcome(CheckOutcome.Status.FAIL,
            "37 of 412 endpoints do not use outlook.exe as their email client", hosts(37)), 90),
        check(ResourceKind.LICENCE, "Cloud App Security", new CheckOutcome(CheckOutcome.Status.PASS,
            "licence active, 500 seats, expires 2027-03-31", List.of()), 5),
        change(ResourceKind.AD_SYNC, "corp.example", ChangeKind.NO_CHANGE, Direction.NEUTRAL, List.of(), Optional.empty(), true, 37));
    return new Plan("corp-threat-investigations", "7f3c2a9e-1b4d-4e8f-9a61-2c5d8e0f4b17", 12,
        Map.of("tiac.yaml", "sha256:4b1e0c"), Map.of("cas.policy[\"Default Exchange Policy ATP\"]", "fp:91ac", "apexcentral.adSyncTool[\"dc01.corp.example\"]", "fp:07d2"),
        changes,
        List.of("the Cloud App Security token expires in 12 days"),
        List.of(new ApiCost("Cloud App Security", 5, 2, "20/min per token"), new ApiCost("Apex Central", 12, "1000/min")),
        new Plan.OptIns(List.of("apexcentral.suspiciousObject[\"domain:old.example\"]"), false),
        List.of(new Removal(Address.of(ResourceKind.SUSPICIOUS_OBJECT, "domain:old.example"), Removal.Decision.DELETE,
                "removed from the file and named by --allow-delete 'apexcentral.suspiciousObject[\"domain:old.example\"]'",
                Optional.of("--allow-delete 'apexcentral.suspiciousObject[\"domain:old.example\"]'")),
            new Removal(Address.of(ResourceKind.APEXONE_POLICY, "Legacy servers"), Removal.Decision.KEEP,
                "removed from the file, but no opt-in names it: add apexone.policy[\"Legacy servers\"] to prune.allow in the file, or pass --allow-delete 'apexone.policy[\"Legacy servers\"]', to delete it",
                Optional.empty()),
            new Removal(Address.of(ResourceKind.CLOUD_SERVICE_SETTINGS, "old@corp.example"), Removal.Decision.REFUSE,
                "prune.allow apexcentral.cloudServiceSettings[\"*\"] (tiac.yaml:80:5) names it, but tiac cannot delete it: no driver unregisters the licensing account from Apex Central (clear Cloud Service Settings in the console by hand); take it off the opt-in",
                Optional.of("prune.allow apexcentral.cloudServiceSettings[\"*\"] (tiac.yaml:80:5)"))));
  }

  /** Everything in sync and every check passing. */
  public static Plan inSync() {
    return new Plan("corp-threat-investigations", "7f3c2a9e-1b4d-4e8f-9a61-2c5d8e0f4b17", 13, Map.of("tiac.yaml", "sha256:4b1e0c"), Map.of(),
        List.of(change(ResourceKind.CAS_POLICY, "Default Exchange Policy ATP", ChangeKind.NO_CHANGE, Direction.NEUTRAL, List.of(), Optional.empty(), true, 14),
            check(ResourceKind.LICENCE, "Cloud App Security", new CheckOutcome(CheckOutcome.Status.PASS, "licence active", List.of()), 5)),
        List.of(), List.of(new ApiCost("Cloud App Security", 2, "20/min per token")));
  }

  /**
   * A runbook setup nothing is shown to differ from: a policy standing on its attestation (with
   * nanoseconds in the attestation's instant, which nobody should read), a licence whose seats
   * nobody attested, and a check that passes.
   */
  public static Plan unverified() {
    Instant at = Instant.parse("2026-12-01T09:30:15.123456789Z");
    return new Plan("corp-threat-investigations", "7f3c2a9e-1b4d-4e8f-9a61-2c5d8e0f4b17", 14, Map.of("tiac.yaml", "sha256:4b1e0c"), Map.of(),
        List.of(change(ResourceKind.CAS_POLICY, "Default Exchange Policy ATP", ChangeKind.NO_CHANGE, Direction.NEUTRAL, List.of(), Optional.empty(), true, 14)
                .withUnverified(new Unverified(List.of("status"), Optional.of(new Source.Attestation("ana", at)))),
            check(ResourceKind.LICENCE, "cloudAppSecurity", new CheckOutcome(CheckOutcome.Status.UNKNOWN,
                "the seat count has no public API and is unknown until attested", List.of("tiac attest FILE --address 'clp.licence[\"cloudAppSecurity\"]' --fact seats=N")), 5),
            check(ResourceKind.DOTNET, "dc01.corp.example", new CheckOutcome(CheckOutcome.Status.PASS, "4.8 reported", List.of()), 40)),
        List.of(), List.of());
  }

  public static Plan of(Change... changes) {
    return new Plan("sample", "lineage-1", 1, Map.of(), Map.of(), List.of(changes), List.of(), List.of());
  }

  public static Change change(ResourceKind kind, String key, ChangeKind changeKind, Direction direction,
      List<AttributeChange> attributes, Optional<String> consequence, boolean optedIn, int line) {
    return new Change(Address.of(kind, key), changeKind, attributes, direction, consequence, optedIn, Optional.empty(),
        List.of(), Optional.empty(), Optional.of(new SourceLocation("tiac.yaml", line, 5))).guardedBy(Kinds.registry().of(kind).optIn())
        // As the differ marks it: a live object (some value before) that its kind makes anew.
        .remade(attributes.stream().anyMatch(a -> a.before().isPresent()) && Kinds.registry().of(kind).remakes(attributes));
  }

  public static Change check(ResourceKind kind, String key, CheckOutcome outcome, int line) {
    return new Change(Address.of(kind, key), ChangeKind.CHECK, List.of(), Direction.NEUTRAL, Optional.empty(), true,
        Optional.empty(), List.of(), Optional.of(outcome), Optional.of(new SourceLocation("tiac.yaml", line, 5)));
  }

  private static List<String> hosts(int count) {
    List<String> hosts = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      hosts.add(String.format("WS-%03d.corp.example", i));
    }
    return hosts;
  }
}
