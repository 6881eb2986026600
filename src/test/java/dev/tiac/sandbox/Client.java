package dev.tiac.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A test client that signs Apex Central requests the way the real integrations do. */
final class Client {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http;
  private final SandboxEndpoints endpoints;

  Client(Sandbox sandbox) {
    this.http = HttpClient.newBuilder().sslContext(sandbox.clientTls()).build();
    this.endpoints = sandbox.endpoints();
  }

  record Answer(int status, JsonNode body, java.net.http.HttpHeaders headers) {}

  Answer send(String method, String url, String auth, String body) {
    return send(method, url, auth, body, java.time.Duration.ofMinutes(1));
  }

  /** Fails with an UncheckedIOException (an HttpTimeoutException inside) when no answer comes within {@code timeout}. */
  Answer send(String method, String url, String auth, String body, java.time.Duration timeout) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).method(method,
        body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (!auth.isEmpty()) {
      b.header("Authorization", auth);
    }
    b.header("Content-Type", "application/json;charset=utf-8");
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body().isEmpty() ? JSON.missingNode() : JSON.readTree(r.body()), r.headers());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer apex(String method, String pathAndQuery, String body) {
    return send(method, endpoints.apexCentral().url() + pathAndQuery,
        "Bearer " + jwt("HS256", endpoints.apexCentral().applicationId(), endpoints.apexCentral().apiKey(),
            System.currentTimeMillis() / 1000.0, "V1", method, pathAndQuery, body), body);
  }

  Answer es(String method, String envelope) {
    return apex(method, "/WebApp/OSCE_iES/OsceIes/ApiEntry", envelope);
  }

  Answer cas(String region, String token, String method, String pathAndQuery, String body) {
    return send(method, endpoints.cas().urls().get(region) + pathAndQuery, "Bearer " + token, body);
  }

  Answer management(String method, String path, String body) {
    return send(method, endpoints.management().url() + path, "Bearer " + endpoints.management().token(), body);
  }

  static String jwt(String alg, String appId, String key, double iat, String version, String method, String pathAndQuery, String body) {
    try {
      String canonical = method + "|" + pathAndQuery.toLowerCase(Locale.ROOT) + "||" + body;
      String checksum = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
      Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
      String header = enc.encodeToString(("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}").getBytes(StandardCharsets.UTF_8));
      String claims = enc.encodeToString(JSON.writeValueAsString(JSON.createObjectNode().put("appid", appId).put("iat", iat)
          .put("version", version).put("checksum", checksum)).getBytes(StandardCharsets.UTF_8));
      String macAlg = switch (alg) {
        case "HS384" -> "HmacSHA384";
        case "HS512" -> "HmacSHA512";
        default -> "HmacSHA256";
      };
      Mac mac = Mac.getInstance(macAlg);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), macAlg));
      return header + "." + claims + "." + enc.encodeToString(mac.doFinal((header + "." + claims).getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
