package dev.tiac.query.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.query.Chain;
import dev.tiac.query.Finding;
import dev.tiac.query.QueryResult;
import dev.tiac.report.BrowserLayout;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The investigation page: what a reader sees per finding, and that it fits a 1280 px window in a browser. */
class QueryHtmlTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** The matched result, plus a second finding whose values are far longer than any box. */
  private static QueryResult wide() {
    QueryResult r = RenderersTest.matched();
    Finding f = r.findings().get(0);
    Chain c = f.chain();
    var mail = c.mail().orElseThrow();
    var longMail = new dev.tiac.query.source.SweptMail(mail.uniqueId(), mail.messageId(), mail.mailbox(), mail.sender(), mail.recipients(),
        "Your overdue invoice 2026-4411 for the quarterly maintenance contract and the renewal of every licence", mail.delivered(),
        mail.attachments(), mail.urls(), mail.sourceIp(), mail.sourceDomain());
    var longHost = new dev.tiac.query.EndpointRef("agent-2", "FINANCE-LAPTOP-WITH-A-VERY-LONG-NAME-0042", "10.20.1.42", "CORP\\alice");
    Chain wide = new Chain(Optional.of(longMail), c.user(), Optional.of(longHost), c.events());
    return new QueryResult(r.query(), r.status(), List.of(f, new Finding(f.investigation(), f.severity(), wide, f.why())), List.of(c, wide),
        r.rejected(), r.notes(), r.missing(), r.calls());
  }

  @Test
  void eachFindingHasSeverityChainTimelineAndAShortListOfReasons() {
    String html = HtmlRenderer.render(List.of(RenderersTest.matched()), BERLIN);
    assertTrue(html.contains("<article class=\"high\"><span class=\"badge\">high</span> finding 1 of 1"), html);
    assertEquals(2, html.split("<svg", -1).length - 1, "the chain and the timeline");
    assertTrue(html.contains(">+41m</text>") && html.contains(">+45m</text>"), "the delays are marked on the timeline");
    assertTrue(html.contains("<li>mail &lt;m1@x.example&gt; &quot;Invoice &lt;b&gt;4411&lt;/b&gt; | overdue&quot; from billing@acme-billing.example"), html);
    assertTrue(html.contains("<li>they work on FIN-LT-0042 (10.20.1.42)</li>"), html);
    assertTrue(html.contains("<time datetime=\"2026-11-12 12:00:00Z\" title=\"2026-11-12 12:00:00Z (UTC)\">12 Nov 2026, 13:00:00 CET</time>"),
        "local time, UTC on hover:\n" + html);
    assertTrue(html.contains("starting from email with attachmentExtension &quot;iso&quot;, subject &quot;invoice &lt;urgent&gt;"), html);
    assertFalse(html.contains("{attachmentExtension="), "no Java map");
    assertFalse(html.matches("(?s).*\\d\\d:\\d\\d:\\d\\d\\.\\d+.*"), "no fractions of seconds");
    assertTrue(html.contains("@media print"), "prints well");
    assertFalse(html.matches("(?s).*(src=|href=|<script|@import|url\\(http).*"), "works offline: nothing outside the page");
  }

  @Test
  void longValuesWrapInsideTheirBoxes() {
    String svg = ChainPicture.svg(Steps.of(wide().findings().get(1).chain()), "high", 1);
    assertTrue(svg.contains(">Your overdue invoice 2026-4411</text>"), svg);
    assertTrue(svg.contains(">FINANCE-LAPTOP-WITH-A-VERY-LO</text>") || svg.contains(">FINANCE-LAPTOP-WITH-A-VERY-LON</text>"), svg);
    assertEquals(List.of("abc def", "ghi"), ChainPicture.wrap("abc def ghi", 8, 3));
    assertEquals(List.of("abcdefgh", "ijklmno…"), ChainPicture.wrap("abcdefghijklmnopqrstu", 8, 2));
  }

  @Test
  void theTableWrapsLongValuesInsteadOfCuttingThem() {
    String table = Format.table.render(List.of(wide()));
    assertFalse(table.contains("…"), table);
    assertTrue(table.contains("FINANCE-LAPTOP"), table);
    assertTrue(table.contains("renewal of every licence"), "the whole subject is there, wrapped:\n" + table);
    for (String line : table.split("\n")) {
      assertTrue(line.length() <= 160, "a line that long wraps in any terminal: " + line);
    }
  }

  @Test
  void thePageFitsA1280PixelWindowWithEveryTextInsideItsBox(@TempDir Path dir) throws Exception {
    assertEquals(List.of(), BrowserLayout.problems(HtmlRenderer.render(List.of(wide(), RenderersTest.missing()), BERLIN), 1280, dir,
        "query-results"));
  }
}
