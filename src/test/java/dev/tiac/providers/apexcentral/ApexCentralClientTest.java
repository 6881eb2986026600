package dev.tiac.providers.apexcentral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.http.DebugLog;
import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpSettings;
import dev.tiac.http.Redactor;
import dev.tiac.http.Secret;
import dev.tiac.http.Sleeper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class ApexCentralClientTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final StringWriter log = new StringWriter();

  ApexCentralClient client(Function<RecordedRequest, MockResponse> handler, String apiKey) {
    server.setDispatcher(new SignedApexServer(handler));
    HttpClients clients = new HttpClients(
        HttpSettings.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)),
        DebugLog.to(new PrintWriter(log, true), new Redactor()), Clock.systemUTC(),
        Sleeper.system());
    return new ApexCentralClient(new ApexCentralSettings(server.url("/").uri(),
        SignedApexServer.APP_ID, Secret.of(apiKey)), clients);
  }

  ApexCentralClient client(Function<RecordedRequest, MockResponse> handler) {
    return client(handler, SignedApexServer.API_KEY);
  }

  @Test
  void listsAgentsFromTheCapturedResponseWithAddressListsSplit() throws Exception {
    ApexCentralClient apex = client(r -> SignedApexServer.json(200,
        SignedApexServer.wire("apex-productagents.json")));

    List<ProductAgent> agents = apex.productAgents(
        AgentQuery.apexOneAgents().withHostName("Trend Micro APEX Host"));

    assertEquals(1, agents.size());
    ProductAgent agent = agents.get(0);
    assertEquals("b59e624c-2cf0-4180-83d7-e08abbf9ad54", agent.entityId());
    assertEquals(List.of("8.8.8.8"), agent.ipAddresses());
    assertEquals(List.of("42-01-0A-80-00-0B"), agent.macAddresses());
    assertEquals(4, agent.capabilities().size());
    RecordedRequest sent = server.takeRequest();
    assertEquals("/WebApp/API/AgentResource/ProductAgents?host_name=Trend%20Micro%20APEX%20Host"
        + "&product=SLF_PRODUCT_OFFICESCAN_CE", sent.getTarget());
  }

  @Test
  void splitsServerAddressListsWithIpv6ZoneIds() {
    ApexCentralClient apex = client(r -> SignedApexServer.json(200,
        SignedApexServer.wire("apex-productservers.json")));

    List<ProductServer> servers = apex.productServers(AgentQuery.all());

    assertEquals(3, servers.size());
    assertEquals(4, servers.get(0).ipAddresses().size());
    assertEquals("fe80::719d:512b:17fc:f456%2", servers.get(0).ipAddresses().get(0));
    assertEquals(List.of(), servers.get(2).ipAddresses());
  }

  @Test
  void signsTheExactBodyBytesOfAPutWithNonAsciiContent() throws Exception {
    ApexCentralClient apex = client(r -> SignedApexServer.json(200,
        "{\"Data\":null,\"Meta\":{\"Result\":\"1\",\"ErrorCode\":\"0\",\"ErrorMsg\":\"\"}}"));

    apex.addUdso(new Udso("url", "http://bad.example/ünïcode?q=\"x\"", "notes – ☃", "block",
        Optional.empty()));

    RecordedRequest sent = server.takeRequest();
    assertEquals("PUT", sent.getMethod());
    assertEquals("/WebApp/api/SuspiciousObjects/UserDefinedSO/", sent.getTarget());
    assertEquals("application/json;charset=utf-8", sent.getHeaders().get("Content-Type"));
    assertTrue(sent.getBody().string(StandardCharsets.UTF_8).contains("ünïcode"));
  }

  @Test
  void explainsARejectedChecksumAsAnApiKeyProblem() {
    ApexCentralClient apex = client(r -> SignedApexServer.json(200, "{}"), "wrong-api-key-value");

    ApexCentralException e = assertThrows(ApexCentralException.class,
        () -> apex.listUdso(Optional.of("ip"), Optional.empty()));

    assertEquals(Optional.of(ApexErrorCode.INVALID_SIGNATURE), e.errorCode());
    assertTrue(e.getMessage().contains("check the API key"), e.getMessage());
    assertEquals(2, server.getRequestCount(), "one freshly signed retry after a 401, no more");
  }

  @Test
  void explainsAnExpiredTokenAsAClockProblem() {
    ApexCentralClient apex = client(r -> SignedApexServer.metaError(401, 18));

    ApexCentralException e = assertThrows(ApexCentralException.class,
        () -> apex.deleteUdso("ip", "10.0.0.1"));

    assertEquals(Optional.of(ApexErrorCode.TOKEN_EXPIRED), e.errorCode());
    assertTrue(e.getMessage().contains("check this machine's clock"), e.getMessage());
    assertEquals(401, e.status().getAsInt());
  }

  @Test
  void explainsAChecksumMismatch() {
    assertTrue(ApexErrorCode.of(20).orElseThrow().advice().contains("check the API key"));
  }

  @Test
  void reportsAFailedResultCodeWithTheServersDescription() {
    ApexCentralClient apex = client(r -> SignedApexServer.json(200,
        "{\"result_code\":-1101,\"result_description\":\"maximum exceeded\",\"result_content\":\"\"}"));

    ApexCentralException e = assertThrows(ApexCentralException.class,
        () -> apex.productServers(AgentQuery.all()));

    assertEquals(-1101, e.resultCode().getAsInt());
    assertTrue(e.getMessage().contains("maximum exceeded"), e.getMessage());
  }

  @Test
  void sendsAgentActionsWithAllowMultipleMatch() throws Exception {
    ApexCentralClient apex = client(r -> SignedApexServer.json(200,
        SignedApexServer.wire("apex-productagents.json")));

    List<ProductAgent> before = apex.agentAction(AgentAction.ISOLATE,
        AgentQuery.all().withEntityId("b59e624c-2cf0-4180-83d7-e08abbf9ad54"), false);

    assertEquals("normal", before.get(0).isolationStatus());
    String body = server.takeRequest().getBody().string(StandardCharsets.UTF_8);
    assertEquals("{\"act\":\"cmd_isolate_agent\",\"allow_multiple_match\":false,"
        + "\"entity_id\":\"b59e624c-2cf0-4180-83d7-e08abbf9ad54\"}", body);
  }

  @Test
  void neverLogsTheApiKeyOrTheTokenAtTheMostVerboseLevel() throws Exception {
    ApexCentralClient apex = client(r -> SignedApexServer.json(200,
        r.getTarget().contains("UserDefinedSO")
            ? "{\"Data\":[],\"Meta\":{\"Result\":1,\"ErrorCode\":0,\"ErrorMsg\":\"\"}}"
            : SignedApexServer.wire("apex-productagents.json")));

    apex.productAgents(AgentQuery.all());
    apex.listUdso(Optional.of("ip"), Optional.empty());

    String out = log.toString();
    String jwt = server.takeRequest().getHeaders().get("Authorization").substring(7);
    assertTrue(out.contains("GET"), out);
    for (String canary : List.of(SignedApexServer.API_KEY, jwt, jwt.split("\\.")[2],
        Base64.getEncoder().encodeToString(SignedApexServer.API_KEY.getBytes(StandardCharsets.UTF_8)))) {
      assertFalse(out.contains(canary), "leaked " + canary + " in\n" + out);
    }
  }
}
