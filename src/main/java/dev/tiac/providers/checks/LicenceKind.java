package dev.tiac.providers.checks;

import java.util.ArrayList;
import java.time.Clock;
import dev.tiac.providers.apexcentral.ApexCentralClient;
import dev.tiac.providers.cas.CasClient;
import dev.tiac.contract.ApiCost;
import dev.tiac.contract.spi.Wired;
import dev.tiac.contract.spi.Reach;
import dev.tiac.contract.KindHandling;
import dev.tiac.config.check.Declarations;
import dev.tiac.contract.Address;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** A licence on the licensing portal account ({@code clp.licence}): checked, its seats and expiry attested. */
public final class LicenceKind implements CheckDefinition {
  @Override
  public KindIdentity identity() {
    return new KindIdentity(ResourceKind.LICENCE, SetupStep.LICENCES, Service.LICENSING_PORTAL, Optional.empty());
  }

  /** A check of the licensing portal, not a setting: no service shows what to declare. */
  @Override
  public List<Exported> export(List<LiveResource> live, boolean byHand) {
    return List.of();
  }

  /** Each product's licence stands first in the leg it opens: Cloud App Security for mail, Endpoint Sensor for endpoints. */
  @Override
  public List<ReadinessRule> readiness() {
    return List.of(licence("cloudAppSecurity", Leg.MAIL), licence("endpointSensor", Leg.ENDPOINT));
  }

  private static ReadinessRule licence(String product, Leg leg) {
    return new ReadinessRule(leg, 0, "licence " + product, v -> v.check(Address.of(ResourceKind.LICENCE, product)),
        Optional.of("the " + product + " licence (the file declares no licences entry for it)"));
  }

  @Override
  public Declarations declarations() {
    return Declarations.eachOf("/licences", kind().type(), n -> n.path("product").asString(), "expiresAt", "seats");
  }

  @Override
  public void read(JsonNode n, Desired d) {
    d.put("product", n.path("product")).put("minimumSeats", n.path("minimumSeats"))
        .put("warnDaysBeforeExpiry", n.path("warnDaysBeforeExpiry"), Value.number(30))
        .put("attestationMaxAgeDays", n.path("attestationMaxAgeDays"));
  }

  /** The portal's partner API is closed: the seats and expiry are what an operator read there. */
  @Override
  public List<AttestedFact> facts() {
    return List.of(
        new AttestedFact("seats", "Seats, as the Customer Licensing Portal shows them", "a whole number such as 4000", "seats=4000",
            v -> v.matches("[0-9]{1,9}")),
        new AttestedFact("expires", "Expiry date, as a date such as 2027-06-30", "a date such as 2027-06-30", "expires=2027-06-30",
            LicenceKind::isDate));
  }

  private static boolean isDate(String value) {
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Checked through whichever product APIs the run reaches: one call to each. */
  @Override
  public Wired wire(Reach reach, KindHandling handling) {
    if (!reach.declares(kind())) {
      return Wired.NONE;
    }
    Optional<CasClient> cas = reach.client(CasClient.class);
    Optional<ApexCentralClient> apex = reach.client(ApexCentralClient.class);
    String account = reach.client(LicensingAccount.class).map(LicensingAccount::name).orElse("the licensing account");
    List<ApiCost> calls = new ArrayList<>(Wired.calls(Service.APEX_CENTRAL, apex.isPresent() ? 1 : 0));
    calls.addAll(Wired.calls(Service.CLOUD_APP_SECURITY, cas.isPresent() ? 1 : 0));
    return Wired.checker(new LicenceCheck(cas, apex, account, reach.client(Clock.class).orElse(Clock.systemUTC())), calls);
  }

  /** The Customer Licensing Portal account the file names, for the check's words. */
  public record LicensingAccount(String name) {}
}
