package dev.tiac.providers.cas;

import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpFailure;
import dev.tiac.http.HttpResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Probes the token with the cheapest sweep ({@code lastndays=1&limit=1}). CAS answers a token
 * from another region exactly like a dead one (401 "Authentication token not found"), so on a
 * 401 every other region is asked once; a region that accepts it is the right one.
 *
 * <p>Each answer read is the last attempt's (the transport has already retried 429s and
 * temporary failures). At the configured region an answer that says nothing about the token (an
 * outage) is thrown, never read as a verdict. At another region nothing but a 200 or 403 counts:
 * its 401, its outage or an unreachable host only mean the token is not that region's, so the
 * probe goes on, and a verdict of "expired" names the regions it could not ask.
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
    int status = askHome();
    if (status == 200) {
      return new TokenStatus(TokenStatus.Kind.VALID, Optional.empty(),
          "the token is valid for " + settings.region());
    }
    if (status == 403) {
      return CasException.isLicenceRefusal(status, refusal) ? notLicensed(refusal) : missingApiType();
    }
    List<String> unasked = new ArrayList<>();
    for (CasRegion other : CasRegion.values()) {
      if (other == settings.region() || !settings.endpoints().containsKey(other)) {
        continue;
      }
      Optional<Integer> elsewhere = askElsewhere(settings.withRegion(other));
      if (elsewhere.isEmpty()) {
        unasked.add(other.toString());
      } else if (elsewhere.get() == 200 || elsewhere.get() == 403) {
        return new TokenStatus(TokenStatus.Kind.WRONG_REGION, Optional.of(other),
            "the token belongs to region " + other + " (" + other.host() + "), not "
                + settings.region() + "; set the CAS region to " + other);
      }
    }
    return new TokenStatus(TokenStatus.Kind.EXPIRED_OR_DELETED, Optional.empty(),
        (unasked.isEmpty() ? "no region accepts the token" : "no region that answered accepts the token ("
            + String.join(", ", unasked) + " could not be asked)")
            + ": it has expired (tokens live 365 days) or was deleted; "
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

  /** 200, 401 or 403 at the configured region; anything else says nothing about the token and is thrown. */
  private int askHome() {
    CasTransport transport = new CasTransport(settings, clients);
    HttpUrl url = probeUrl(transport);
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
      transport.require(result, "token probe on " + settings.region());
    }
    return result.status();
  }

  /** Another region's answer, or empty when it gave none that speaks about the token. */
  private Optional<Integer> askElsewhere(CasSettings target) {
    CasTransport transport = new CasTransport(target, clients);
    try {
      int status = transport.raw("GET", probeUrl(transport), Optional.empty()).status();
      return status == 200 || status == 401 || status == 403 ? Optional.of(status) : Optional.empty();
    } catch (HttpFailure unreachable) {
      return Optional.empty();
    }
  }

  private static HttpUrl probeUrl(CasTransport transport) {
    return transport.url("/v1/sweeping/mails").addQueryParameter("lastndays", "1")
        .addQueryParameter("limit", "1").build();
  }
}
