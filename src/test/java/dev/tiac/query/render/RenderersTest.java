package dev.tiac.query.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tiac.config.model.Investigation;
import dev.tiac.config.model.Investigation.AlertWhen;
import dev.tiac.query.Chain;
import dev.tiac.query.CallReport;
import dev.tiac.query.EndpointRef;
import dev.tiac.query.Event;
import dev.tiac.query.Finding;
import dev.tiac.query.Prerequisite;
import dev.tiac.query.Queries;
import dev.tiac.query.Query;
import dev.tiac.query.QueryResult;
import dev.tiac.query.Rejection;
import dev.tiac.query.source.Account;
import dev.tiac.query.source.Service;
import dev.tiac.query.source.SweptMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RenderersTest {
  static final Instant T = Instant.parse("2026-11-18T12:00:00Z");

  static Query query(AlertWhen alert) {
    Optional<String> none = Optional.empty();
    var from = new Investigation.From(Optional.of(new Investigation.Email(none, none, Optional.of("invoice <urgent> | *now*"),
        none, none, none, Optional.of("iso"), none, none, none, none, none, none)), Optional.empty(), Optional.empty(), Optional.empty());
    return Queries.of(new Investigation("invoice-phish", Optional.empty(), Optional.of(Investigation.Severity.high),
        Optional.empty(), from, List.of(), List.of(), Optional.of(alert), Optional.empty(), Optional.empty()),
        Clock.fixed(T.plusSeconds(86_400).plusNanos(160_104_639), ZoneOffset.UTC));
  }

  static QueryResult matched() {
    SweptMail mail = new SweptMail("uid-1", "<m1@x.example>", "alice@acme.example", "billing@acme-billing.example",
        List.of("alice@acme.example"), "Invoice <b>4411</b> | overdue", T,
        List.of(new SweptMail.Attachment("invoice-4411.iso", "3395856ce81f2b7382dee72602f798b642f14140")),
        List.of("https://acme-sso-login.example/auth"), "203.0.113.45", "acme-billing.example");
    Account alice = new Account("CN=Alice Ng,OU=People,DC=corp", "alice", "alice@corp.acme.example", "alice@acme.example",
        "Alice Ng", "Finance", "CN=Bob Stone,OU=People,DC=corp", List.of("CN=Finance,OU=Groups,DC=corp"));
    Chain chain = new Chain(Optional.of(mail), Optional.of(alice),
        Optional.of(new EndpointRef("agent-1", "FIN-LT-0042", "10.20.1.42", "CORP\\alice")),
        List.of(new Event(Investigation.Activity.spawnedFromOutlook, "explorer.exe \"C:\\Users\\alice\\Content.Outlook\\AB\\invoice-4411.iso\"",
            T.plusSeconds(2460), T.plusSeconds(2460), Optional.of(Duration.ofMinutes(41))),
            new Event(Investigation.Activity.commandLineHasMailUrl, "powershell.exe iwr https://acme-sso-login.example/auth/2",
                T.plusSeconds(2700), T.plusSeconds(2700), Optional.of(Duration.ofMinutes(45)))));
    Query q = query(AlertWhen.chainComplete);
    return new QueryResult(q, QueryResult.Status.MATCHED,
        List.of(new Finding(q.name(), q.severity(), chain, dev.tiac.query.Explanation.of(chain))), List.of(chain),
        List.of(new Rejection("OPS-LT-0003", "invoice-4411.iso", "first seen before the delivery")), List.of(), List.of(),
        new CallReport(Map.of(Service.CLOUD_APP_SECURITY, 2), Map.of(Service.CLOUD_APP_SECURITY, 2)));
  }

  static QueryResult missing() {
    return new QueryResult(query(AlertWhen.anyMail), QueryResult.Status.PREREQUISITE_MISSING, List.of(), List.of(), List.of(),
        List.of("a note"), List.of(new Prerequisite(Service.CLOUD_APP_SECURITY, "no Default Exchange Policy is ON")),
        new CallReport(Map.of(), Map.of()));
  }

  @Test
  void jsonFollowsItsPublishedSchema() throws Exception {
    JsonMapper json = JsonMapper.builder().build();
    JsonNode schemaTree = json.readTree(Files.readString(Path.of("schemas/query-result-v1.schema.json")));
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of(schemaTree.path("$id").asString()), schemaTree);
    String out = Format.json.render(List.of(matched(), missing()));
    List<Error> errors = schema.validate(json.readTree(out));
    assertEquals(List.of(), errors.stream().map(Error::getMessage).toList());
    JsonNode root = json.readTree(out);
    assertEquals(JsonRenderer.VERSION, root.path("formatVersion").asString());
    assertEquals(2460, root.at("/investigations/0/findings/0/events/0/secondsAfterDelivery").asInt());
    assertEquals("prerequisite_missing", root.at("/investigations/1/status").asString());
  }

  @Test
  void htmlIsOneSelfContainedPageWithAChainPicture() {
    String html = Format.html.render(List.of(matched()));
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertEquals(1, html.split("<svg", -1).length - 1);
    for (String station : List.of(">mail<", ">user<", ">endpoint<", ">process<", ">destination<")) {
      assertTrue(html.contains(station), station);
    }
    assertTrue(html.contains("acme-sso-login.example") && html.contains("+41m"));
    assertFalse(html.contains("<b>4411"), "mail text is escaped");
    assertFalse(html.matches("(?s).*(src=|href=|<script|@import|url\\(http).*"), "nothing outside the page");
  }

  @Test
  void markdownKeepsSubjectsFromBreakingTheTable() {
    String md = Format.markdown.render(List.of(matched(), missing()));
    assertTrue(md.contains("| high | Invoice &lt;b&gt;4411&lt;/b&gt; \\| overdue"), md);
    assertTrue(md.contains("**Missing prerequisite (Cloud App Security):** no Default Exchange Policy is ON"));
  }

  @Test
  void tableSaysWhyAndWhatWasNotJoined() {
    String table = Format.table.render(List.of(matched()));
    assertTrue(table.contains("invoice-phish: 1 finding(s)"));
    assertTrue(table.contains("why: mail <m1@x.example>"));
    assertTrue(table.contains("not joined: OPS-LT-0003"));
    assertTrue(table.contains("Cloud App Security 2 (minimum 2)"));
  }

  @Test
  void peopleSeeSecondsNeverNanoseconds() {
    // The window ends at a clock reading with nanoseconds, as a real clock has.
    for (Format format : List.of(Format.table, Format.markdown, Format.html)) {
      String out = format.render(List.of(matched(), missing()));
      assertTrue(out.contains("2026-11-19 12:00:00Z"), format + ":\n" + out);
      assertFalse(out.matches("(?s).*\\d{2}:\\d{2}:\\d{2}\\.\\d+.*"), format + " shows a fraction of a second:\n" + out);
      assertFalse(out.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:.*"), format + " shows a Java instant:\n" + out);
    }
    String plan = PlanRenderer.render(List.of(dev.tiac.query.plan.CallPlanner.plan(query(AlertWhen.chainComplete))), Format.table);
    assertTrue(plan.contains("window: 2026-11-12 12:00:00Z .. 2026-11-19 12:00:00Z"), plan);
    String json = Format.json.render(List.of(matched()));
    assertTrue(json.contains("\"end\" : \"2026-11-19T12:00:00.160Z\""), json);
    assertTrue(json.contains("\"delivered\" : \"2026-11-18T12:00:00Z\""), json);
  }
}
