package dev.tiac.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsVerificationTest {
  @StartStop final MockWebServer server = new MockWebServer();
  @TempDir Path dir;

  private TestCertificates ca;
  private HttpExchange exchange;

  @BeforeEach
  void trustOnlyTheTestAuthority() throws Exception {
    ca = TestCertificates.newAuthority("tiac test CA");
    HttpSettings settings = TestHttp.fastSettings().withExtraCaPem(ca.writeCaPem(dir));
    exchange = new HttpExchange(TestHttp.clients(settings).client(List.of()), new Redactor());
  }

  private HttpResult call() {
    server.enqueue(new MockResponse.Builder().code(200).body("secret data").build());
    return exchange.execute(new Request.Builder().url(server.url("/")).build());
  }

  @Test
  void acceptsACertificateFromTheExtraAuthorityForTheRightHost() throws Exception {
    server.useHttps(ca.issue(server.getHostName(), "localhost", "127.0.0.1")
        .serverContext().getSocketFactory());
    assertEquals("secret data", call().bodyText());
  }

  @Test
  void refusesAnExpiredCertificate() throws Exception {
    server.useHttps(ca.issueExpired(server.getHostName(), "localhost", "127.0.0.1")
        .serverContext().getSocketFactory());
    HttpFailure failure = assertThrows(HttpFailure.class, this::call);
    assertTrue(failure.getMessage().toLowerCase().contains("expired")
        || failure.getMessage().contains("validity"), failure.getMessage());
  }

  @Test
  void refusesASelfSignedCertificate() throws Exception {
    server.useHttps(TestCertificates.selfSigned(server.getHostName(), "localhost", "127.0.0.1")
        .serverContext().getSocketFactory());
    HttpFailure failure = assertThrows(HttpFailure.class, this::call);
    assertTrue(failure.getMessage().contains("PKIX") || failure.getMessage().contains("trust"),
        failure.getMessage());
  }

  @Test
  void refusesACertificateForAnotherHost() throws Exception {
    server.useHttps(ca.issue("wrong.example.test").serverContext().getSocketFactory());
    HttpFailure failure = assertThrows(HttpFailure.class, this::call);
    assertTrue(failure.getMessage().contains("Hostname") || failure.getMessage().contains("host"),
        failure.getMessage());
  }
}
