package dev.tiac.providers.apexcentral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.providers.SandboxClients;
import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.world.AttackStory;
import dev.tiac.sandbox.world.Scale;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Apex Central client against the sandbox: signed requests, envelopes, paging. */
class ApexCentralSandboxTest {
  /** 450 endpoints: ShowAgentList needs three of the client's 200-agent pages. */
  static final Scale SCALE = new Scale(60, 450, 7, 300, 2000);
  @TempDir static Path dir;
  static Sandbox sandbox;
  static SandboxClients clients;
  static ApexCentralClient apex;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withScale(SCALE));
    clients = new SandboxClients(sandbox.endpoints());
    apex = clients.apexCentral();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static long count(String route) {
    return sandbox.counters().snapshot().getOrDefault("apex-central " + route, 0L);
  }

  @Test
  void listsEveryAgentAndFiltersByHostName() {
    List<ProductAgent> all = apex.productAgents(AgentQuery.all());
    assertTrue(all.size() >= 450, "450 endpoints plus servers, got " + all.size());
    String host = sandbox.world().endpoints().get(7).hostName();
    List<ProductAgent> one = apex.productAgents(AgentQuery.all().withHostName(host));
    assertEquals(1, one.size());
    assertEquals(host, one.get(0).hostName());
    assertFalse(one.get(0).entityId().isEmpty());
  }

  @Test
  void listsProductServers() {
    List<ProductServer> servers = apex.productServers(AgentQuery.all());
    assertFalse(servers.isEmpty());
    assertTrue(servers.stream().allMatch(s -> !s.entityId().isEmpty() && !s.product().isEmpty()), servers.toString());
  }

  @Test
  void addsListsAndDeletesASha1ObjectThatListingsCallFile() {
    String sha1 = "3395856ce81f2b7382dee72602f798b642f14140";
    String domain = "c2.bench-sandbox.example";
    apex.addUdso(new Udso("file_sha1", sha1, "integration test", "block", Optional.empty()));
    apex.addUdso(new Udso("domain", domain, "integration test", "log", Optional.of("2099-01-01T00:00:00Z")));

    List<Udso> files = apex.listUdso(Optional.of("file"), Optional.of(sha1));
    assertEquals(1, files.size());
    assertEquals("file", files.get(0).type(), "listings report SHA-1 entries as file");
    assertEquals("block", files.get(0).scanAction());
    assertEquals(1, apex.listUdso(Optional.of("domain"), Optional.of(domain)).size());

    apex.deleteUdso("file_sha1", sha1);
    apex.deleteUdso("domain", domain);
    assertEquals(List.of(), apex.listUdso(Optional.empty(), Optional.of(sha1)));
    assertEquals(List.of(), apex.listUdso(Optional.empty(), Optional.of(domain)));
  }

  @Test
  void refusesAnInvalidSha1WithTheGeneralEnvelopeErrorCode() {
    ApexCentralException e = org.junit.jupiter.api.Assertions.assertThrows(ApexCentralException.class,
        () -> apex.addUdso(new Udso("file_sha1", "not-a-hash", "", "log", Optional.empty())));
    assertTrue(e.getMessage().contains("file_sha1"), e.getMessage());
  }

  @Test
  void pagesShowAgentListToTheEndInThreeRequests() {
    long before = count("PUT /WebApp/OSCE_iES/OsceIes/ApiEntry");
    List<EsAgent> agents = apex.endpointSensor().showAgentList();
    long requests = count("PUT /WebApp/OSCE_iES/OsceIes/ApiEntry") - before;
    assertEquals(450, agents.size());
    Set<String> guids = new HashSet<>();
    agents.forEach(a -> guids.add(a.agentGuid()));
    assertEquals(450, guids.size(), "no agent twice across page boundaries");
    assertEquals(3, requests);
    assertTrue(agents.stream().anyMatch(a -> a.machineType().equals("Server")));
  }

  @Test
  void historicalInvestigationFindsTheStoryHostAndTheDecoyThroughShowContentPaging() {
    AttackStory story = sandbox.world().stories().get(0);
    EndpointSensorClient es = apex.endpointSensor();
    EsTask task = es.createQuickScan(new QuickScanCriteria(QuickScanCriteria.Operator.AND,
        List.of(new QuickScanCriteria.Criterion(QuickScanCriteria.Field.FILE_NAME,
            QuickScanCriteria.Condition.IS, List.of(story.fileName()))),
        QuickScanCriteria.SearchPeriod.ALL));
    assertFalse(task.taskId().isEmpty());
    List<AgentServerMeta> hits = es.taskResults(task, Duration.ofSeconds(20));
    Set<String> hosts = new HashSet<>();
    hits.forEach(h -> hosts.add(h.machineName()));
    assertEquals(Set.of(story.hostName(), story.decoyHostName()), hosts);
    assertTrue(hits.stream().allMatch(h -> !h.matches().isEmpty() && h.matches().get(0).firstSeen() > 0), hits.toString());
  }
}
