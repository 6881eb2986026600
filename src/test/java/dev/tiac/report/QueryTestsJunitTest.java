package dev.tiac.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.query.check.CaseOutcome;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** tiac query test --junit: a suite per investigation, a case per test with its seconds, a failure with what differed. */
class QueryTestsJunitTest {
  @Test
  void casesBecomeTestCasesWithTimesAndFailures() throws Exception {
    StringWriter out = new StringWriter();
    QueryTestsJunit.write(List.of(
        new CaseOutcome("invoice-phish", "only the opened lure is a finding", List.of(), Duration.ofMillis(1_234)),
        new CaseOutcome("invoice-phish", "the decoy <stays> quiet", List.of("expected hosts [a], got [a, b]", "expected 1 finding, got 2"),
            Duration.ofMillis(800)),
        new CaseOutcome("sso-lookalike", "one mail", List.of(), Duration.ofMillis(50))),
        Instant.parse("2026-12-07T06:00:00.123456Z"), out);
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    Element root = xml.getDocumentElement();
    assertEquals("3", root.getAttribute("tests"));
    assertEquals("1", root.getAttribute("failures"));
    assertEquals("2.084", root.getAttribute("time"));
    assertEquals(2, root.getElementsByTagName("testsuite").getLength());
    Element suite = (Element) root.getElementsByTagName("testsuite").item(0);
    assertEquals("invoice-phish", suite.getAttribute("name"));
    assertEquals("2026-12-07T06:00:00", suite.getAttribute("timestamp"));
    Element failed = (Element) suite.getElementsByTagName("testcase").item(1);
    assertEquals("the decoy <stays> quiet", failed.getAttribute("name"));
    assertEquals("0.800", failed.getAttribute("time"));
    Element failure = (Element) failed.getElementsByTagName("failure").item(0);
    assertEquals("expected hosts [a], got [a, b]", failure.getAttribute("message"));
    assertTrue(failure.getTextContent().contains("expected 1 finding, got 2"));
  }
}
