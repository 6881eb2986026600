package dev.tiac.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApexCentralAuthTest {
  static final String PATH = "/WebApp/api/SuspiciousObjects/UserDefinedSO?type=url";
  @TempDir static Path dir;
  static Sandbox sandbox;
  static Client client;
  static SandboxEndpoints.ApexCentral app;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start(SandboxOptions.defaults(dir));
    client = new Client(sandbox);
    app = sandbox.endpoints().apexCentral();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static double now() {
    return System.currentTimeMillis() / 1000.0;
  }

  private static Client.Answer get(String auth) {
    return client.send("GET", app.url() + PATH, auth, "");
  }

  private static void rejected(Client.Answer a, int code) {
    assertEquals(401, a.status());
    assertEquals(0, a.body().path("Meta").path("Result").asInt());
    assertEquals(code, a.body().path("Meta").path("ErrorCode").asInt(), a.body().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"HS256", "HS384", "HS512"})
  void acceptsEveryDocumentedHmacAlgorithm(String alg) {
    Client.Answer a = get("Bearer " + Client.jwt(alg, app.applicationId(), app.apiKey(), now(), "V1", "GET", PATH, ""));
    assertEquals(200, a.status());
    assertEquals(1, a.body().path("Meta").path("Result").asInt());
    assertEquals("255", a.body().path("PermissionCtrl").path("permission").asString());
  }

  @Test
  void rejectsMissingTokenWithErrorCode14() {
    rejected(get(""), 14);
  }

  @Test
  void rejectsMalformedTokenWithErrorCode15() {
    rejected(get("Bearer not.a-jwt"), 15);
  }

  @Test
  void rejectsVersionOtherThanV1WithErrorCode16() {
    rejected(get("Bearer " + Client.jwt("HS256", app.applicationId(), app.apiKey(), now(), "V2", "GET", PATH, "")), 16);
  }

  @Test
  void rejectsUnknownApplicationIdWithErrorCode17() {
    rejected(get("Bearer " + Client.jwt("HS256", "00000000-0000-0000-0000-000000000000", app.apiKey(), now(), "V1", "GET", PATH, "")), 17);
  }

  @Test
  void rejectsIatOutsideTheCommunicationTimeoutWithErrorCode18() {
    rejected(get("Bearer " + Client.jwt("HS256", app.applicationId(), app.apiKey(), now() - 301, "V1", "GET", PATH, "")), 18);
  }

  @Test
  void rejectsWrongSignatureWithErrorCode19() {
    rejected(get("Bearer " + Client.jwt("HS256", app.applicationId(), "wrong-key", now(), "V1", "GET", PATH, "")), 19);
  }

  @Test
  void rejectsChecksumOverAnotherPathWithErrorCode20() {
    rejected(get("Bearer " + Client.jwt("HS256", app.applicationId(), app.apiKey(), now(), "V1", "GET", PATH + "x", "")), 20);
  }

  @Test
  void rejectsUnsupportedAlgorithmWithErrorCode21() {
    String token = Client.jwt("HS256", app.applicationId(), app.apiKey(), now(), "V1", "GET", PATH, "");
    String none = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    rejected(get("Bearer " + none + token.substring(token.indexOf('.'))), 21);
  }

  @Test
  void answersEndpointSensorFailuresWithTheMisspelledLowerCamelMeta() {
    Client.Answer a = client.send("PUT", app.url() + "/WebApp/OSCE_iES/OsceIes/ApiEntry", "", "{}");
    assertEquals(401, a.status());
    assertEquals(14, a.body().path("Meta").path("errorCode").asInt());
    assertEquals("Token not provided", a.body().path("Meta").path("errorMessgae").asString());
  }
}
