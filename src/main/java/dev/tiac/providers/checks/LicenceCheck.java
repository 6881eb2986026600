package dev.tiac.providers.checks;

import dev.tiac.contract.Address;
import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Source;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.Checker;
import dev.tiac.contract.spi.ReadContext;
import dev.tiac.providers.apexcentral.ApexCentralClient;
import dev.tiac.providers.cas.CasClient;
import dev.tiac.providers.cas.TokenStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The licensing portal has no customer API, so a licence's presence shows only through the service
 * it unlocks: Cloud App Security answering its API, Endpoint Sensor answering ShowAgentList. A
 * refusal for a licence reason fails the check. Seats and expiry no API shows: they are unknown
 * until an operator attests them, and the attestation counts for its maximum age only.
 */
public final class LicenceCheck implements Checker {
  private static final Source CAS_PROBE = Source.api("Cloud App Security GET /v1/sweeping/mails (token probe)");
  private static final Source SHOW_AGENT_LIST = Source.api("Endpoint Sensor ShowAgentList");

  private final Optional<CasClient> cas;
  private final Optional<ApexCentralClient> apex;
  private final String account;
  private final Clock clock;

  public LicenceCheck(Optional<CasClient> cas, Optional<ApexCentralClient> apex, String account, Clock clock) {
    this.cas = cas;
    this.apex = apex;
    this.account = account;
    this.clock = clock;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.LICENCE;
  }

  @Override
  public Map<Address, CheckOutcome> check(List<DesiredResource> desired) {
    return check(desired, ReadContext.empty());
  }

  @Override
  public Map<Address, CheckOutcome> check(List<DesiredResource> desired, ReadContext context) {
    Map<Address, CheckOutcome> outcomes = new HashMap<>();
    for (DesiredResource licence : desired) {
      String product = Value.textOf(licence.attributes(), "product", "");
      CheckOutcome presence = product.equals("cloudAppSecurity") ? cloudAppSecurity() : endpointSensor();
      outcomes.put(licence.address(), judge(licence, presence, AttestedFacts.of(context, licence.address(), licence.attributes(), clock.instant())));
    }
    return outcomes;
  }

  /** The service's answer first; then what only the portal shows, from a current attestation. */
  private CheckOutcome judge(DesiredResource licence, CheckOutcome presence, AttestedFacts attested) {
    if (presence.status() == CheckOutcome.Status.FAIL) {
      return presence;
    }
    Map<String, Value> want = licence.attributes();
    List<String> seen = new ArrayList<>(List.of(presence.evidence()));
    List<String> unknown = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<String> remedy = new ArrayList<>(presence.remedy());
    Optional<Integer> minimumSeats = Optional.ofNullable(want.get("minimumSeats")).flatMap(Value::asNumber).map(java.math.BigDecimal::intValue);
    int warnDays = want.getOrDefault("warnDaysBeforeExpiry", Value.number(30)).asNumber().map(java.math.BigDecimal::intValue).orElse(30);
    if (!(attested instanceof AttestedFacts.Current c)) {
      if (attested instanceof AttestedFacts.Expired e) {
        seen.add(e.why());
      }
      minimumSeats.ifPresent(m -> unknown.add("the seat count (at least " + m + ")"));
      unknown.add("the expiry date");
    } else {
      if (minimumSeats.isPresent()) {
        Optional<Integer> seats = c.fact("seats").flatMap(LicenceCheck::number);
        if (seats.isEmpty()) {
          unknown.add("the seat count (at least " + minimumSeats.get() + ")");
        } else if (seats.get() < minimumSeats.get()) {
          failed.add(seats.get() + " seats attested, fewer than the " + minimumSeats.get() + " the file asks for");
          remedy.add("Buy at least " + (minimumSeats.get() - seats.get()) + " more seats, or lower minimumSeats");
        } else {
          seen.add(seats.get() + " seats attested (at least " + minimumSeats.get() + ")");
        }
      }
      Optional<LocalDate> expires = c.fact("expires").flatMap(LicenceCheck::date);
      LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
      if (expires.isEmpty()) {
        unknown.add("the expiry date");
      } else if (expires.get().isBefore(today)) {
        failed.add("the licence expired on " + expires.get());
        remedy.add("Renew the licence on the Customer Licensing Portal, then give the seats and the new expiry date when asked; run: "
            + AttestedFacts.command(licence.address()));
      } else {
        long days = ChronoUnit.DAYS.between(today, expires.get());
        seen.add("expires on " + expires.get() + " (in " + days + " days)");
        if (days <= warnDays) {
          remedy.add("Renew before " + expires.get() + ": it expires within the " + warnDays + " days warnDaysBeforeExpiry allows");
        }
      }
    }
    Source factsSource = attested instanceof AttestedFacts.Current c ? c.source() : presence.source();
    if (!failed.isEmpty()) {
      seen.addAll(0, failed);
      return new CheckOutcome(CheckOutcome.Status.FAIL, String.join("; ", seen), remedy, factsSource);
    }
    if (!unknown.isEmpty() || presence.status() == CheckOutcome.Status.UNKNOWN) {
      if (!unknown.isEmpty()) {
        seen.add(String.join(" and ", unknown) + " " + (unknown.size() == 1 ? "has" : "have") + " no public API and "
            + (unknown.size() == 1 ? "is" : "are") + " unknown until attested");
        remedy.add("Read the seat count and the expiry date in the Customer Licensing Portal (" + account
            + ") and give them when asked; run: " + AttestedFacts.command(licence.address()));
      }
      return new CheckOutcome(CheckOutcome.Status.UNKNOWN, String.join("; ", seen), remedy,
          presence.status() == CheckOutcome.Status.UNKNOWN ? presence.source() : factsSource);
    }
    return new CheckOutcome(CheckOutcome.Status.PASS, String.join("; ", seen), remedy, factsSource);
  }

  private CheckOutcome cloudAppSecurity() {
    if (cas.isEmpty()) {
      return new CheckOutcome(CheckOutcome.Status.UNKNOWN, "no cloudAppSecurity connection to ask", List.of("Add connections.cloudAppSecurity to the file"), CAS_PROBE);
    }
    TokenStatus status = cas.get().probeToken();
    return switch (status.kind()) {
      case VALID -> new CheckOutcome(CheckOutcome.Status.PASS, "Cloud App Security answers its API for this account", List.of(), CAS_PROBE);
      case MISSING_API_TYPE -> new CheckOutcome(CheckOutcome.Status.UNKNOWN,
          "the connection's token lacks the Threat Investigation \"Email message\" API type, so its 403 does not tell whether the licence is there",
          List.of("Give connections.cloudAppSecurity a token with Threat Investigation \"Email message\""), CAS_PROBE);
      case NOT_LICENSED -> new CheckOutcome(CheckOutcome.Status.FAIL, status.explanation(),
          List.of("Check that " + account + " on the Customer Licensing Portal includes a current Trend Micro Cloud App Security licence; without an activation code, contact your sales representative"),
          CAS_PROBE);
      case WRONG_REGION -> new CheckOutcome(CheckOutcome.Status.UNKNOWN, status.explanation(),
          List.of("Set connections.cloudAppSecurity.region to " + status.rightRegion().map(r -> r.key()).orElse("the console's region")), CAS_PROBE);
      case EXPIRED_OR_DELETED -> new CheckOutcome(CheckOutcome.Status.UNKNOWN, "Cloud App Security does not know the connection's token (" + status.explanation()
          + "), so it says nothing about the licence", List.of("Create a new token in Cloud App Security: Administration > Automation and Integration APIs"), CAS_PROBE);
    };
  }

  private CheckOutcome endpointSensor() {
    if (apex.isEmpty()) {
      return new CheckOutcome(CheckOutcome.Status.UNKNOWN, "no apexCentral connection to ask", List.of("Add connections.apexCentral to the file"), SHOW_AGENT_LIST);
    }
    try {
      int agents = apex.get().endpointSensor().agentCount();
      return new CheckOutcome(CheckOutcome.Status.PASS, "Endpoint Sensor answers ShowAgentList (" + agents + " agents)", List.of(), SHOW_AGENT_LIST);
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      List<String> remedy = List.of("Check that " + account + " on the Customer Licensing Portal includes a current Apex One as a Service: Endpoint Sensor licence",
          "Then enable Endpoint Sensor in an Apex One Security Agent policy (apexOne.policies)");
      // Only a refusal that names the licence says the licence is missing; an outage says nothing.
      return message.toLowerCase(Locale.ROOT).contains("licen")
          ? new CheckOutcome(CheckOutcome.Status.FAIL, "Endpoint Sensor refused for a licence reason: " + message, remedy, SHOW_AGENT_LIST)
          : new CheckOutcome(CheckOutcome.Status.UNKNOWN, "Endpoint Sensor did not answer: " + message, remedy, SHOW_AGENT_LIST);
    }
  }

  private static Optional<Integer> number(String text) {
    try {
      return Optional.of(Integer.parseInt(text.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text.trim()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
