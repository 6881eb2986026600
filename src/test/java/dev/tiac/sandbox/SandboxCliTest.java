package dev.tiac.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.cli.Main;
import dev.tiac.ldap.DirectoryClient;
import dev.tiac.ldap.DirectoryUser;
import dev.tiac.providers.SandboxClients;
import dev.tiac.providers.apexcentral.EsAgent;
import dev.tiac.providers.cas.Mail;
import dev.tiac.providers.cas.SweepQuery;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code tiac sandbox serve --data DIR} in a child process, then {@code tiac sandbox console …} and
 * {@code reset} in process, and the real clients reading the fixture world through endpoints.json.
 */
class SandboxCliTest {
  @TempDir Path work;

  record Run(int code, String out, String err) {}

  static Run tiac(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path fixtures() throws Exception {
    Path data = Files.createDirectories(work.resolve("fixtures"));
    Files.writeString(data.resolve("users.yaml"), """
        - sam: jdoe
          display_name: Jane Doe
          department: Finance
          groups: [Finance]
        - sam: rroe
          display_name: Rick Roe
          department: Sales
          manager: jdoe
        """);
    Files.writeString(data.resolve("endpoints.yaml"), """
        - host_name: WS-JDOE
          os: Windows 11
          machine_type: Desktop
          user: jdoe
        - host_name: SRV-FILES
          os: Windows Server 2022
          machine_type: Server
        """);
    Files.writeString(data.resolve("mails.yaml"), """
        - message_id: <fixture-1@evil.example>
          sender: billing@evil.example
          recipients: [jdoe@example.com]
          mailbox: jdoe@example.com
          subject: Invoice overdue
          ago: 1d2h
          attachments:
            - file_name: Invoice_1.docm
              sha1: 3395856ce81f2b7382dee72602f798b642f14140
        """);
    Files.writeString(data.resolve("telemetry.yaml"), """
        - host_name: WS-JDOE
          kind: file_write
          process: C:\\\\Program Files\\\\Microsoft Office\\\\root\\\\Office16\\\\OUTLOOK.EXE
          object: C:\\\\Users\\\\jdoe\\\\AppData\\\\Local\\\\Temp\\\\Invoice_1.docm
          ago: 1d1h
        """);
    return data;
  }

  @Test
  void servesAFixtureWorldInAChildProcessTakesConsoleCommandsAndResetsOnlyWhenStopped() throws Exception {
    Path data = fixtures();
    Path endpointsFile = SandboxOptions.stateDirOf(work).resolve("endpoints.json");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.tiac.cli.Main", "sandbox", "--dir", work.toString(),
        "serve", "--data", data.toString(), "--fault-services", "cas,management", "--fault-kinds", "500,503",
        "--lost-answer-rate", "0", "--hang-rate", "0", "--neighbour-calls-per-minute", "1"));
    Process serve = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(work.resolve("serve.log").toFile()).start();
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!Files.exists(endpointsFile) && System.nanoTime() < deadline && serve.isAlive()) {
        Thread.sleep(100);
      }
      assertTrue(Files.exists(endpointsFile), Files.readString(work.resolve("serve.log")));
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(endpointsFile)));
      SandboxEndpoints endpoints = JsonMapper.builder().build().readValue(endpointsFile.toFile(), SandboxEndpoints.class);
      assertEquals(serve.pid(), endpoints.pid());

      Run account = tiac("sandbox", "--dir", work.toString(), "console", "cas-service-account", "add");
      assertEquals(0, account.code(), account.err());
      Run policy = tiac("sandbox", "--dir", work.toString(), "console", "cas-policy", "set", "Default Exchange Policy ATP", "--status", "ON");
      assertEquals(0, policy.code(), policy.err());
      Run reset = tiac("sandbox", "--dir", work.toString(), "reset");
      assertEquals(1, reset.code());
      assertTrue(reset.err().contains("stop it first"), reset.err());

      SandboxClients clients = new SandboxClients(endpoints);
      String faults = clients.console("GET", "/v1/admin/faults", "").body();
      assertTrue(faults.contains("\"kinds\":[\"500\",\"503\"]") && faults.contains("\"services\":[\"cas\",\"management\"]"), faults);
      List<Mail> mails = clients.cas(100, Duration.ofMinutes(1)).sweepMails(new SweepQuery(Map.of())).flatMap(p -> p.items().stream()).toList();
      assertEquals(List.of("<fixture-1@evil.example>"), mails.stream().map(Mail::messageId).toList());
      List<EsAgent> agents = clients.apexCentral().endpointSensor().showAgentList();
      assertEquals(List.of("SRV-FILES", "WS-JDOE"), agents.stream().map(EsAgent::machineName).sorted().toList());
      try (DirectoryClient directory = DirectoryClient.connect(clients.ldaps())) {
        List<DirectoryUser> users = directory.findUsersByMail(List.of("jdoe@example.com", "rroe@example.com"));
        assertEquals(List.of("jdoe", "rroe"), users.stream().map(DirectoryUser::samAccountName).sorted().toList());
      }
    } finally {
      serve.destroy();
      serve.waitFor();
    }
    Run show = tiac("sandbox", "--dir", work.toString(), "console", "show");
    assertEquals(0, show.code(), show.err());
    assertTrue(show.out().contains("Exchange Online"), "the console change persisted: " + show.out());
    assertFalse(show.out().contains(JsonMapper.builder().build().readTree(Files.readString(endpointsFile)).path("management").path("token").asString()),
        "console show prints no secret");
    Run reset = tiac("sandbox", "--dir", work.toString(), "reset");
    assertEquals(0, reset.code(), reset.err());
    assertFalse(Files.exists(SandboxOptions.stateDirOf(work).resolve("state.json")));
  }
}
