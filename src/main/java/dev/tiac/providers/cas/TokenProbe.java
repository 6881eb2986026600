package dev.tiac.providers.cas;

import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpResult;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Probes the token with the cheapest sweep ({@code lastndays=1&limit=1}). CAS answers a token
 * from another region exactly like a dead one (401 "Authentication token not found"), so on a
 * 401 every other region is asked once; a region that accepts it is the right one.
 */
final class TokenProbe {
  private final CasSettings settings;
  private final HttpClients clients;
  /** The message of the last 403, the only thing that says why the service refused. */
  private String refusal = "";

  TokenProbe(CasSettings settings, HttpClients clients) {
    this.settings = settings;
    this.clients = clients;
  }

  TokenStatus probe() {
    int status = ask(settings);
    if (status == 200) {
      return new TokenStatus(TokenStatus.Kind.VALID, Optional.empty(),
          "the token is valid for " + settings.region());
    }
    if (status == 403) {
      return refusal.toLowerCase(java.util.Locale.ROOT).contains("licen") ? notLicensed(refusal) : missingApiType();
    }
    for (CasRegion other : CasRegion.values()) {
      if (other == settings.region() || !settings.endpoints().containsKey(other)) {
        continue;
      }
      int elsewhere = ask(settings.withRegion(other));
      if (elsewhere == 200 || elsewhere == 403) {
        return new TokenStatus(TokenStatus.Kind.WRONG_REGION, Optional.of(other),
            "the token belongs to region " + other + " (" + other.host() + "), not "
                + settings.region() + "; set the CAS region to " + other);
      }
    }
    return new TokenStatus(TokenStatus.Kind.EXPIRED_OR_DELETED, Optional.empty(),
        "no region accepts the token: it has expired (tokens live 365 days) or was deleted; "
            + "create or refresh it in Administration > Automation and Integration APIs");
  }

  /** Only the message tells a tenant without the licence from a token without the API type; both are 403. */
  private static TokenStatus notLicensed(String message) {
    return new TokenStatus(TokenStatus.Kind.NOT_LICENSED, Optional.empty(),
        "Cloud App Security refused the token for a licence reason (403 \"" + message + "\")");
  }

  private static TokenStatus missingApiType() {
    return new TokenStatus(TokenStatus.Kind.MISSING_API_TYPE, Optional.empty(),
        "the token is valid but lacks the Threat Investigation \"Email message\" API type");
  }

  private int ask(CasSettings target) {
    CasTransport transport = new CasTransport(target, clients);
    HttpUrl url = transport.url("/v1/sweeping/mails").addQueryParameter("lastndays", "1")
        .addQueryParameter("limit", "1").build();
    HttpResult result = transport.raw("GET", url, Optional.empty());
    if (result.status() == 403) {
      try {
        refusal = CasTransport.JSON.readTree(result.bodyText()).path("msg").asString("");
      } catch (RuntimeException e) {
        refusal = "";
      }
    }
    if (result.status() != 200 && result.status() != 401 && result.status() != 403) {
      // An outage or a rate limit says nothing about the token; never report it as dead.
      transport.call("GET", url, Optional.empty(), "token probe on " + target.region());
    }
    return result.status();
  }
}
