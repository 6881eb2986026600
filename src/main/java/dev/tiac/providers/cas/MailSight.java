package dev.tiac.providers.cas;

import java.util.Map;

/**
 * What one sweep of the last day (one mail at most) shows through a connection's token. CAS
 * covers only the targets of enabled policies, so mail seen means an Exchange Online service
 * account is authorized and an enabled Exchange policy covers the mailboxes; no mail means
 * nothing either way, since mailboxes can be quiet.
 */
public record MailSight(Kind kind, String seen) {
  public enum Kind {
    MAIL,
    NO_MAIL,
    /** 401: the token is unknown here (deleted, expired, or another region's). */
    TOKEN_REFUSED,
    /** 403: the token lacks Threat Investigation "Email message". */
    TYPE_MISSING,
    /** 403 naming a licence: the tenant's Cloud App Security licence is missing or expired. */
    NOT_LICENSED
  }

  static MailSight look(CasClient client) {
    try {
      boolean mail = client.sweepMails(new SweepQuery(Map.of("lastndays", "1", "limit", "1"))).findFirst()
          .map(page -> !page.items().isEmpty()).orElse(false);
      return mail
          ? new MailSight(Kind.MAIL, "a sweep of the last day returned Exchange Online mail")
          : new MailSight(Kind.NO_MAIL, "a sweep of the last day returned no mail");
    } catch (CasException e) {
      if (e.status().orElse(0) == 401) {
        return new MailSight(Kind.TOKEN_REFUSED, "Cloud App Security answers the connection's token with 401: it knows no such token in this region");
      }
      if (e.licenceRefused()) {
        return new MailSight(Kind.NOT_LICENSED, "Cloud App Security refused the sweep for a licence reason (403 \"" + e.serverMessage() + "\")");
      }
      if (e.status().orElse(0) == 403) {
        return new MailSight(Kind.TYPE_MISSING, "the connection's token lacks the Threat Investigation \"Email message\" API type, so it cannot sweep");
      }
      throw e;
    }
  }
}
