package dev.tiac.providers.apexcentral;

import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpExchange;
import dev.tiac.http.HttpResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Builds and sends Apex Central requests through the shared, signed client. */
final class ApexTransport {
  private final HttpUrl base;
  private final HttpExchange exchange;

  ApexTransport(ApexCentralSettings settings, HttpClients clients) {
    this.base = Optional.ofNullable(HttpUrl.parse(settings.baseUrl().toString()))
        .orElseThrow(() -> new IllegalArgumentException(
            "Apex Central base URL is not an http(s) URL: " + settings.baseUrl()));
    clients.log().redactor().register(settings.apiKey());
    this.exchange = new HttpExchange(clients.client("Apex Central", List.of(
        new ApexAuthInterceptor(settings, clients.clock(), clients.log()))),
        clients.log().redactor());
  }

  HttpUrl.Builder url(String path) {
    return base.newBuilder().encodedPath(path);
  }

  HttpResult send(String method, HttpUrl url, Optional<String> json) {
    RequestBody body = json
        .map(text -> RequestBody.create(text.getBytes(StandardCharsets.UTF_8),
            ApexAuthInterceptor.JSON))
        .orElse(null);
    return exchange.execute(new Request.Builder().url(url).method(method, body).build());
  }
}
