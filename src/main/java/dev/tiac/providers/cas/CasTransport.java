package dev.tiac.providers.cas;

import dev.tiac.http.BearerAuthInterceptor;
import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpExchange;
import dev.tiac.http.HttpFailure;
import dev.tiac.http.HttpResult;
import dev.tiac.http.SlidingWindowPacer;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sends CAS requests with the bearer token, paced per token, and types the errors. */
final class CasTransport {
  static final JsonMapper JSON = JsonMapper.builder().build();
  /** The name people know the service by, in wait notices. */
  static final String SERVICE = "Cloud App Security";
  private static final MediaType JSON_TYPE = MediaType.get("application/json");

  private final HttpUrl base;
  private final HttpExchange exchange;
  private final CasRegion region;

  CasTransport(CasSettings settings, HttpClients clients) {
    this.region = settings.region();
    this.base = Optional.ofNullable(HttpUrl.parse(settings.baseUrl().toString()))
        .orElseThrow(() -> new IllegalArgumentException("bad CAS base URL " + settings.baseUrl()));
    clients.log().redactor().register(settings.token());
    SlidingWindowPacer pacer = clients.pacer(SERVICE, settings.requestsPerMinute(), settings.paceWindow());
    this.exchange = new HttpExchange(clients.client(SERVICE, List.of(
        new BearerAuthInterceptor(settings.token()), clients.pacing(pacer))),
        clients.log().redactor());
  }

  HttpUrl.Builder url(String path) {
    return base.newBuilder().encodedPath(path);
  }

  HttpResult raw(String method, HttpUrl url, Optional<String> json) {
    RequestBody body = json.map(j -> RequestBody.create(j, JSON_TYPE)).orElse(null);
    return exchange.execute(new Request.Builder().url(url).method(method, body).build());
  }

  JsonNode call(String method, HttpUrl url, Optional<String> json, String operation) {
    return require(raw(method, url, json), operation);
  }

  /** The answer's JSON if it succeeded; otherwise its typed error, without asking again. */
  JsonNode require(HttpResult result, String operation) {
    JsonNode root = parse(result, operation);
    if (!result.successful()) {
      throw error(result.status(), root, operation);
    }
    return root;
  }

  private CasException error(int status, JsonNode root, String operation) {
    String msg = root.path("msg").asString(root.path("message").asString(""));
    String advice = switch (status) {
      case 401 -> "the token was rejected: it is expired, deleted, or belongs to another region "
          + "than " + region + " (run the token probe to tell which)";
      case 403 -> CasException.isLicenceRefusal(status, msg)
          ? "Cloud App Security refused for a licence reason: the Cloud App Security licence of this account is missing or "
              + "expired; check it on the Customer Licensing Portal (the token is not at fault)"
          : "the token lacks the API type this call needs (Threat Investigation "
          + "\"Email message\" for sweeps); edit the token in Administration > Automation and "
          + "Integration APIs";
      case 429 -> "the rate limit (20 requests per minute) was still exceeded after waiting for the window to reopen"
          + " several times: other clients of this token or tenant are using its budget";
      case 404 -> "the resource or path was not found";
      default -> "the request failed";
    };
    return new CasException(status, root.path("code").asInt(status),
        root.path("traceId").asString(""), msg,
        operation + " failed (HTTP " + status + "): " + advice
            + (msg.isEmpty() ? "" : " [server: " + msg + "]"));
  }

  private static JsonNode parse(HttpResult result, String operation) {
    try {
      return result.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(result.body());
    } catch (JacksonException e) {
      throw new HttpFailure(HttpFailure.Kind.PROTOCOL, OptionalInt.of(result.status()),
          operation + " returned HTTP " + result.status() + " with a body that is not JSON", e);
    }
  }
}
