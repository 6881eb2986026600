package dev.tiac.sandbox.apexcentral;

import dev.tiac.sandbox.console.AutomationApp;
import dev.tiac.sandbox.http.Filter;
import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.http.Request;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;

/**
 * Checks the Automation API JWT: HS256/384/512 signed with the application's API key, claims appid,
 * iat (within the application's communication time-out), version V1 and the request checksum over
 * {@code METHOD|lower(path?query)|API-headers|body}. Failures answer 401 with ErrorCode 14 to 21.
 */
final class JwtVerifier {
  private static final Map<String, String> ALGORITHMS = Map.of("HS256", "HmacSHA256", "HS384", "HmacSHA384", "HS512", "HmacSHA512");
  private final Supplier<List<AutomationApp>> apps;
  private final Clock clock;

  JwtVerifier(Supplier<List<AutomationApp>> apps, Clock clock) {
    this.apps = apps;
    this.clock = clock;
  }

  /** A rejected token: its ErrorCode and message. */
  record Failure(int errorCode, String message) {}

  Filter filter() {
    return next -> request -> verify(request)
        .map(f -> Envelopes.error(Family.of(request.rawPath()), 401, f.errorCode(), f.message()))
        .orElseGet(() -> next.handle(request));
  }

  Optional<Failure> verify(Request request) {
    Optional<String> auth = request.header("Authorization");
    if (auth.isEmpty() || !auth.get().regionMatches(true, 0, "Bearer ", 0, 7) || auth.get().substring(7).isBlank()) {
      return fail(14, "Token not provided");
    }
    String[] parts = auth.get().substring(7).trim().split("\\.", -1);
    if (parts.length != 3) {
      return fail(15, "Malformed token");
    }
    JsonNode header = decode(parts[0]);
    JsonNode claims = decode(parts[1]);
    if (!header.isObject() || !claims.isObject()) {
      return fail(15, "Malformed token");
    }
    String alg = header.path("alg").asString("");
    if (!ALGORITHMS.containsKey(alg)) {
      return fail(21, "Unsupported token hash function");
    }
    if (!claims.path("appid").isString() || !claims.path("iat").isNumber() || !claims.path("checksum").isString()
        || !claims.has("version")) {
      return fail(15, "Malformed token");
    }
    if (!"V1".equals(claims.path("version").asString(""))) {
      return fail(16, "Unsupported token version");
    }
    Optional<AutomationApp> app = apps.get().stream()
        .filter(a -> a.applicationId().equalsIgnoreCase(claims.path("appid").asString())).findFirst();
    if (app.isEmpty()) {
      return fail(17, "Invalid Application ID");
    }
    if (!signatureMatches(ALGORITHMS.get(alg), app.get().apiKey(), parts)) {
      return fail(19, "Invalid token signature");
    }
    double age = clock.millis() / 1000.0 - claims.path("iat").asDouble();
    if (Math.abs(age) > app.get().timeoutSeconds()) {
      return fail(18, "Token expired");
    }
    if (!checksum(request).equals(claims.path("checksum").asString())) {
      return fail(20, "Invalid request checksum");
    }
    return Optional.empty();
  }

  /** Base64(SHA-256(METHOD|lower(path?query)|API-headers|body)), the path and query as received. */
  static String checksum(Request request) {
    StringBuilder apiHeaders = new StringBuilder();
    request.headers().entrySet().stream().filter(e -> e.getKey().startsWith("api"))
        .sorted(Map.Entry.comparingByKey()).forEach(e -> apiHeaders.append(e.getKey()).append(':').append(e.getValue()));
    String canonical = request.method().toUpperCase(Locale.ROOT) + "|" + request.rawPathAndQuery().toLowerCase(Locale.ROOT)
        + "|" + apiHeaders + "|" + request.bodyText();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }

  private static boolean signatureMatches(String algorithm, String key, String[] parts) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
      byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      byte[] given = Base64.getUrlDecoder().decode(parts[2]);
      return MessageDigest.isEqual(expected, given);
    } catch (IllegalArgumentException e) {
      return false;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is missing from the JDK", e);
    }
  }

  private static JsonNode decode(String part) {
    try {
      return Json.parse(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Json.MAPPER.missingNode();
    }
  }

  private static Optional<Failure> fail(int code, String message) {
    return Optional.of(new Failure(code, message));
  }
}
