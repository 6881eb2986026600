package dev.tiac.providers.apexcentral;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in Apex Central that checks each token the way the real one does (HMAC with the API
 * key, checksum over the method, the lower-cased path and query as received, and the body bytes)
 * and answers ErrorCode 20 in the Meta family when the checksum does not match.
 */
final class SignedApexServer extends Dispatcher {
  static final String APP_ID = "6B6A5B2A-1111-4C4C-9E9E-1234567890AB";
  static final String API_KEY = "apikey-canary-5f0e1d2c3b4a";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  final CopyOnWriteArrayList<String> checksumFailures = new CopyOnWriteArrayList<>();
  private final Function<RecordedRequest, MockResponse> handler;

  SignedApexServer(Function<RecordedRequest, MockResponse> handler) {
    this.handler = handler;
  }

  static String wire(String name) {
    try (InputStream in = SignedApexServer.class.getResourceAsStream("wire/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
        .body(body).build();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String auth = request.getHeaders().get("Authorization");
    if (auth == null || !auth.startsWith("Bearer ")) {
      return metaError(401, 14);
    }
    String[] parts = auth.substring(7).split("\\.");
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(API_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String expectedSig = Base64.getUrlEncoder().withoutPadding().encodeToString(
          mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8)));
      if (!expectedSig.equals(parts[2])) {
        return metaError(401, 19);
      }
      JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((request.getMethod() + "|" + request.getTarget().toLowerCase(Locale.ROOT) + "||")
          .getBytes(StandardCharsets.UTF_8));
      sha.update(request.getBody() == null ? new byte[0] : request.getBody().toByteArray());
      String checksum = Base64.getEncoder().encodeToString(sha.digest());
      if (!claims.path("appid").asString("").equals(APP_ID)) {
        return metaError(401, 17);
      }
      if (!claims.path("version").asString("").equals("V1")) {
        return metaError(401, 16);
      }
      if (!checksum.equals(claims.path("checksum").asString(""))) {
        checksumFailures.add(request.getTarget());
        return metaError(401, 20);
      }
    } catch (Exception e) {
      return metaError(401, 15);
    }
    return handler.apply(request);
  }

  static MockResponse metaError(int status, int errorCode) {
    return json(status, "{\"Data\":null,\"Meta\":{\"Result\":\"0\",\"ErrorCode\":" + errorCode
        + ",\"ErrorMsg\":\"rejected\"}}");
  }
}
