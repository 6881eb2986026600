package dev.tiac.state.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The JDK client for state calls: bounded by timeouts, never following redirects (they could
 * carry the credentials elsewhere) and not retrying a POST (a replay could store an older state).
 * Stands in for OkHttp until the shared {@code dev.tiac.http} client is on the main branch.
 */
public final class JdkHttpTransport implements HttpTransport {
  private final HttpClient client;
  private final Duration timeout;

  public JdkHttpTransport(Duration timeout) {
    this.timeout = timeout;
    this.client = HttpClient.newBuilder()
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  @Override
  public HttpReply send(String method, URI url, Map<String, String> headers, Optional<byte[]> body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout);
    headers.forEach((name, value) -> {
      if (!name.equalsIgnoreCase("Content-Length")) {
        request.header(name, value);
      }
    });
    request.method(method, body.map(HttpRequest.BodyPublishers::ofByteArray)
        .orElse(HttpRequest.BodyPublishers.noBody()));
    try {
      HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new HttpReply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + HttpBackendSettings.redact(url) + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(method + " " + HttpBackendSettings.redact(url) + " interrupted",
          new IOException(e));
    }
  }
}
