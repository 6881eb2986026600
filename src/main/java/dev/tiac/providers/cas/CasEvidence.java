package dev.tiac.providers.cas;

import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.Evidence;
import dev.tiac.contract.Value;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Cloud App Security's own APIs show about the console settings behind them, claimed no
 * further than they show it: a sweep that returns mail shows the Exchange Online service account
 * at work and some enabled Exchange policy covering the mailboxes; a detection logged by a policy
 * shows that policy was ON when it fired. Empty answers prove nothing (mailboxes can be quiet,
 * policies log only what triggers them), so they leave a setting as attested.
 */
public final class CasEvidence {
  /** What a kind shows when the file connects to no Cloud App Security. */
  public static final Evidence NO_CONNECTION = Evidence.silent("no cloudAppSecurity connection to read evidence from");

  private static final dev.tiac.contract.Source SWEEP = dev.tiac.contract.Source.api("Cloud App Security GET /v1/sweeping/mails");
  /** How far back, in hours, a detection still speaks for a policy's status now. */
  static final int HOURS = 24;
  private static final Duration DETECTIONS = Duration.ofHours(HOURS);
  private static final List<String> ATP_EVENTS = List.of("securityrisk", "virtualanalyzer", "ransomware");

  private final CasClient client;
  private final Clock clock;
  private MailSight sight;

  public CasEvidence(CasClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /** One sweep per run, shared by every setting it speaks for. */
  public synchronized MailSight mailSight() {
    if (sight == null) {
      sight = MailSight.look(client);
    }
    return sight;
  }

  /** Log Retrieval calls {@link #policy} may make for one policy, at most. */
  public static int policyCalls(String name) {
    return isDlp(name) ? 1 : ATP_EVENTS.size();
  }

  /** Whether the sweeps the investigations run see mail through the connection's token. */
  public CheckOutcome sweeps() {
    MailSight seen = mailSight();
    return switch (seen.kind()) {
      case MAIL -> new CheckOutcome(CheckOutcome.Status.PASS, seen.seen(), List.of(), SWEEP);
      case NO_MAIL -> new CheckOutcome(CheckOutcome.Status.UNKNOWN, seen.seen()
          + ": Cloud App Security shows no mail without an Exchange Online service account and an enabled Exchange policy, or the mailboxes were quiet",
          List.of("If mail reached the mailboxes in the last day, check Administration > Service Account (Exchange Online) and that Default Exchange Policy ATP or DLP is ON"), SWEEP);
      case TOKEN_REFUSED -> new CheckOutcome(CheckOutcome.Status.FAIL, seen.seen(),
          List.of("Give connections.cloudAppSecurity a current token of this tenant's region (Administration > Automation and Integration APIs)"), SWEEP);
      case TYPE_MISSING -> new CheckOutcome(CheckOutcome.Status.FAIL, seen.seen(),
          List.of("Use a token with Threat Investigation \"Email message\" for connections.cloudAppSecurity (tokens cannot be edited: create one)"), SWEEP);
      case NOT_LICENSED -> new CheckOutcome(CheckOutcome.Status.FAIL, seen.seen(),
          List.of("Renew or add the Cloud App Security licence on the Customer Licensing Portal (the licence check clp.licence[\"cloudAppSecurity\"] names the account)"), SWEEP);
    };
  }

  /** The Exchange Online service account: shown by mail in a sweep, otherwise unknown. */
  public Evidence serviceAccount() {
    MailSight seen = mailSight();
    if (seen.kind() == MailSight.Kind.MAIL) {
      return Evidence.shown(Map.of("type", Value.text("exchangeOnline")), List.of(seen.seen() + ": the Exchange Online service account is authorized"));
    }
    return Evidence.silent(seen.seen() + ", which shows nothing about the service account (a quiet day looks the same as a missing account)");
  }

  /**
   * A Default Exchange policy: ON when it logged a detection in the last {@value #HOURS} hours;
   * otherwise unknown, with what the sweep shows of the policies together.
   */
  public Evidence policy(String name) {
    Instant end = clock.instant();
    Instant start = end.minus(DETECTIONS);
    List<String> lines = new ArrayList<>();
    for (String event : isDlp(name) ? List.of("dlp") : ATP_EVENTS) {
      List<SecurityEvent> events;
      try {
        events = client.securityEvents("exchange", event, Optional.of(start), Optional.of(end)).findFirst()
            .map(CasPage::items).orElse(List.of());
      } catch (CasException e) {
        if (e.status().orElse(0) != 401 && e.status().orElse(0) != 403) {
          throw e;
        }
        lines.add("Log Retrieval refused the connection's token (HTTP " + e.status().orElse(0) + (e.licenceRefused() ? ": for a licence reason)"
            : e.status().orElse(0) == 403 ? ": it lacks the Log Retrieval API type)" : ")") + ", so no detection can show the policy's status");
        break;
      }
      List<SecurityEvent> mine = events.stream()
          .filter(e -> name.equalsIgnoreCase(e.message().getOrDefault("triggered_policy_name", ""))).toList();
      if (!mine.isEmpty()) {
        String latest = mine.stream().map(e -> e.message().getOrDefault("detection_time", "")).max(String::compareTo).orElse("");
        return Evidence.shown(Map.of("status", Value.text("ON")), List.of("\"" + name + "\" logged " + mine.size() + " " + event
            + " detection" + (mine.size() == 1 ? "" : "s") + " in the last " + HOURS + " h (latest " + latest + "): it is ON"));
      }
    }
    if (lines.isEmpty()) {
      lines.add("\"" + name + "\" logged no detection in the last " + HOURS + " h, which shows nothing: a policy logs only what triggers it");
    }
    if (mailSight().kind() == MailSight.Kind.MAIL) {
      lines.add(mailSight().seen() + ": an enabled Exchange policy covers the mailboxes, which one no sweep tells");
    }
    return Evidence.silent(lines);
  }

  private static boolean isDlp(String name) {
    return name.endsWith("DLP");
  }
}
