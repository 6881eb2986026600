package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.app.QuerySession;
import dev.tiac.query.source.Account;
import dev.tiac.query.source.CallCounter;
import dev.tiac.query.source.DirectorySource;
import dev.tiac.query.source.EndpointHit;
import dev.tiac.query.source.EndpointSensorSource;
import dev.tiac.query.source.EsCriterion;
import dev.tiac.query.source.QuerySources;
import dev.tiac.query.source.Responder;
import dev.tiac.query.source.SweptMail;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class QueryCommandTest {
  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  static final Instant DELIVERED = NOW.minusSeconds(86_400);

  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  final List<String> responses = new ArrayList<>();
  List<SweptMail> mails = List.of(new SweptMail("uid-1", "<m1@x>", "alice@acme.example", "billing@acme-billing.example",
      List.of("alice@acme.example"), "Invoice 4411", DELIVERED, List.of(new SweptMail.Attachment("invoice.iso", "ab")),
      List.of(), "203.0.113.45", "acme-billing.example"));

  /** Sources answering from memory: the command's wiring is under test here, not the services. */
  QuerySources sources() {
    DirectorySource directory = new DirectorySource() {
      final Account alice = new Account("CN=Alice", "alice", "alice@corp", "alice@acme.example", "Alice", "Finance", "", List.of());

      @Override
      public List<Account> byAddress(Collection<String> addresses) {
        return addresses.stream().anyMatch(alice::hasAddress) ? List.of(alice) : List.of();
      }

      @Override
      public List<Account> byAccountName(Collection<String> names) {
        return List.of(alice);
      }
    };
    EndpointSensorSource es = new EndpointSensorSource() {
      @Override
      public List<EndpointHit> investigate(List<EsCriterion> criteria, Instant since) {
        return List.of(new EndpointHit("agent-1", "FIN-LT-0042", "10.0.0.1", "CORP\\alice",
            List.of(new EndpointHit.Seen(0, "invoice.iso", DELIVERED.plusSeconds(600), DELIVERED.plusSeconds(600)))));
      }

      @Override
      public List<String> usersOn(String hostName) {
        return List.of("CORP\\alice");
      }

      @Override
      public Optional<String> hostNameOf(String ip) {
        return Optional.empty();
      }
    };
    Responder responder = new Responder() {
      @Override
      public String isolate(String agentGuid, String hostName) {
        responses.add("isolate " + hostName);
        return "ok";
      }

      @Override
      public String quarantine(List<SweptMail> quarantined) {
        responses.add("quarantine " + quarantined.size());
        return "batch";
      }

      @Override
      public String addSuspiciousObject(String type, String value, String scanAction, String notes) {
        responses.add("udso " + type + " " + value);
        return "ok";
      }
    };
    CallCounter none = s -> 0;
    return new QuerySources(filters -> Stream.of(mails), directory, es, responder, none);
  }

  int run(String input, String... args) throws Exception {
    Path file = dir.resolve("setup.yaml");
    Files.writeString(file, String.join("\n",
        "apiVersion: tiac.dev/v1", "kind: ThreatInvestigationSetup", "metadata:", "  name: t",
        "investigations:", "  - name: invoice-phish", "    severity: high", "    window: {lastDays: 7}",
        "    from: {email: {subject: invoice, attachmentExtension: iso}}",
        "    respond: {isolateEndpoint: true, quarantineMail: true}",
        "  - name: quiet", "    from: {user: {mail: nobody@acme.example}}", ""));
    QueryCommand command = new QueryCommand((f, o, e, k) -> QuerySession.of(sources()),
        Clock.fixed(NOW, ZoneOffset.UTC), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of(file.toString()));
    all.addAll(List.of(args));
    return cli.execute(all.toArray(new String[0]));
  }

  @Test
  void failOnMatchExitsThreeWhenAnInvestigationHasAFinding() throws Exception {
    assertEquals(ExitCode.MATCHED, run("", "--fail-on-match"));
    assertTrue(out.toString().contains("invoice-phish: 1 finding(s)"), out.toString());
  }

  @Test
  void aMatchWithoutFailOnMatchIsSuccess() throws Exception {
    assertEquals(ExitCode.OK, run("", "invoice-phish"));
  }

  @Test
  void namesSelectInvestigationsAndAnUnknownNameIsAnError() throws Exception {
    assertEquals(ExitCode.ERROR, run("", "no-such-investigation"));
    assertTrue(err.toString().contains("no investigation named no-such-investigation"), err.toString());
  }

  @Test
  void dryRunStatesScopeAndCallsWithoutContactingAnything() throws Exception {
    assertEquals(ExitCode.OK, run("", "--dry-run", "invoice-phish"));
    assertTrue(out.toString().contains("window: 2026-11-13 12:00:00Z .. 2026-11-20 12:00:00Z (7 days)"), out.toString());
    assertTrue(out.toString().contains("Cloud App Security: GET /v1/sweeping/mails — at least 1"));
    assertTrue(out.toString().contains("limit 20 requests a minute per token"));
  }

  @Test
  void jsonGoesToStdoutAndNothingElseDoes() throws Exception {
    run("", "--format", "json");
    assertTrue(out.toString().startsWith("{"));
    assertTrue(out.toString().contains("\"formatVersion\" : \"tiac.dev/query-result/v1\""), out.toString());
  }

  @Test
  void respondShowsThePlanAndDoesNothingWithoutYes() throws Exception {
    assertEquals(ExitCode.ERROR, run("no\n", "--respond", "invoice-phish"));
    assertTrue(out.toString().contains("+ invoice-phish: ISOLATE_ENDPOINT FIN-LT-0042"), out.toString());
    assertTrue(err.toString().contains("Responses cancelled"));
    assertEquals(List.of(), responses);
  }

  @Test
  void respondRunsThePlanOnYes() throws Exception {
    assertEquals(ExitCode.OK, run("yes\n", "--respond", "invoice-phish"));
    assertEquals(List.of("quarantine 1", "isolate FIN-LT-0042"), responses);
  }

  @Test
  void aMissingPrerequisiteIsAnErrorNotAnEmptySuccess() throws Exception {
    mails = List.of();
    assertEquals(ExitCode.ERROR, run("", "invoice-phish"));
    assertTrue(out.toString().contains("cannot answer: a prerequisite is missing"), out.toString());
  }
}
