package dev.tiac.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import javax.net.ssl.SSLContext;

/** One HTTPS listener on loopback that hands every exchange to a {@link Handler}. */
public final class HttpsHost implements AutoCloseable {
  private static final int MAX_BODY = 8 * 1024 * 1024;

  static {
    // The JDK server writes a response's headers and its body separately and leaves Nagle's
    // algorithm on: the body then waits for the client's delayed ACK of the headers, about 40 ms
    // on Linux, so every small request took 40 ms more than its work (issue 5: three quarters
    // of a 521-change apply). A real service answers at once. Read when the first server starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }
  private final HttpsServer server;
  private final String baseUrl;
  /** Exchanges a hung answer left open; closed with the listener. */
  private final Set<HttpExchange> hung;

  private HttpsHost(HttpsServer server, String baseUrl, Set<HttpExchange> hung) {
    this.server = server;
    this.baseUrl = baseUrl;
    this.hung = hung;
  }

  /** Binds 127.0.0.1 on {@code port} (0 = ephemeral) and starts serving with the shared executor. */
  public static HttpsHost start(int port, SSLContext tls, ExecutorService executor, Handler handler) {
    try {
      HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
      server.setHttpsConfigurator(new HttpsConfigurator(tls));
      String base = "https://127.0.0.1:" + server.getAddress().getPort();
      Set<HttpExchange> hung = ConcurrentHashMap.newKeySet();
      server.createContext("/", exchange -> serve(exchange, handler, base, hung));
      server.setExecutor(executor);
      server.start();
      return new HttpsHost(server, base, hung);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
    }
  }

  public String baseUrl() {
    return baseUrl;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void serve(HttpExchange exchange, Handler handler, String base, Set<HttpExchange> hung) throws IOException {
    Response response;
    try {
      response = handler.handle(read(exchange, base));
    } catch (RuntimeException e) {
      response = Response.json(500, Json.object().put("code", 500).put("msg", "internal error"));
    } catch (IOException e) {
      exchange.close();
      throw e;
    }
    if (response.delivery() == Response.Delivery.HANG) {
      // Left open without a status line and without a thread: the JDK server sets no time limit
      // on a request in progress, so the client waits until its own timeout or until close().
      hung.add(exchange);
      return;
    }
    try (exchange) {
      if (response.reset()) {
        // Closing before any status line makes the server drop the connection: the client sees a reset.
        return;
      }
      write(exchange, response);
    }
  }

  private static Request read(HttpExchange exchange, String base) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.isEmpty() ? "" : v.get(0)));
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY);
    }
    String raw = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    return Request.of(exchange.getRequestMethod(), query == null ? raw : raw + "?" + query, headers,
        new String(body, StandardCharsets.UTF_8), base);
  }

  private static void write(HttpExchange exchange, Response response) throws IOException {
    byte[] body = response.body();
    if (!response.contentType().isEmpty()) {
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
    }
    response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    hung.forEach(HttpExchange::close);
    server.stop(0);
  }
}
