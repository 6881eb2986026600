package dev.tiac.providers.apexcentral;

import dev.tiac.http.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Apex Central request token: an HS256 JWT whose {@code checksum} claim binds it to one
 * request, {@code Base64(SHA-256(METHOD|lower(path?query)|headers|body))}, headers being empty.
 */
public final class ApexJwt {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String HEADER = b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"
      .getBytes(StandardCharsets.UTF_8));

  private ApexJwt() {}

  public static String checksum(String method, String pathAndQuery, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((method.toUpperCase(Locale.ROOT) + "|" + pathAndQuery.toLowerCase(Locale.ROOT)
          + "||").getBytes(StandardCharsets.UTF_8));
      sha.update(body);
      return Base64.getEncoder().encodeToString(sha.digest());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  public static String token(String applicationId, Secret apiKey, long issuedAtSeconds,
      String checksum) {
    ObjectNode claims = JSON.createObjectNode();
    claims.put("appid", applicationId);
    claims.put("iat", issuedAtSeconds);
    claims.put("version", "V1");
    claims.put("checksum", checksum);
    String signingInput = HEADER + "." + b64url(JSON.writeValueAsBytes(claims));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(apiKey.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return signingInput + "." + b64url(mac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static String b64url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
