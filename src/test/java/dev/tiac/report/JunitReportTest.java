package dev.tiac.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.config.diagnostics.SourceLocation;
import dev.tiac.contract.Address;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.Direction;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.plan.Plan;
import dev.tiac.plan.SamplePlans;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitReportTest {
  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  @Test
  void writesASuitePerServiceAndACasePerResource() throws Exception {
    Document doc = parse(Reports.render(ReportFormat.JUNIT, SamplePlans.mixed()));
    Element root = doc.getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    assertEquals("10", root.getAttribute("tests"));
    assertEquals("8", root.getAttribute("failures"));
    NodeList suites = doc.getElementsByTagName("testsuite");
    assertEquals(List.of("clp", "cas", "apexcentral", "apexone"), names(suites));
    Element apexcentral = (Element) suites.item(2);
    assertEquals("5", apexcentral.getAttribute("tests"));
    assertEquals("4", apexcentral.getAttribute("failures"));
    assertEquals(10, doc.getElementsByTagName("testcase").getLength());
    assertEquals(8, doc.getElementsByTagName("failure").getLength());
  }

  @Test
  void putsTheAttributeDiffsInTheFailure() throws Exception {
    Document doc = parse(Reports.render(ReportFormat.JUNIT, SamplePlans.mixed()));
    Element atp = testcase(doc, "cas.policy[\"Default Exchange Policy ATP\"]");
    Element failure = (Element) atp.getElementsByTagName("failure").item(0);
    assertEquals("drift", failure.getAttribute("type"));
    assertTrue(failure.getAttribute("message").startsWith("update (weakening): refused, add allowWeakening: true"), failure.getAttribute("message"));
    assertTrue(failure.getTextContent().contains("~ status: \"ON\" -> \"OFF\"\ntouches 412 mailboxes"), failure.getTextContent());
    Element inSync = testcase(doc, "apexcentral.adSync[\"corp.example\"]");
    assertEquals(0, inSync.getElementsByTagName("failure").getLength());
    assertEquals("apexcentral.adSync", inSync.getAttribute("classname"));
  }

  @Test
  void staysWellFormedWithHostileNames() throws Exception {
    String key = "domain:<x>&\"y\"\u0001]]>";
    Change hostile = new Change(Address.of(ResourceKind.SUSPICIOUS_OBJECT, key), ChangeKind.UPDATE,
        List.of(AttributeChange.plain("notes", Optional.of(Value.text("</failure><x>")), Optional.of(Value.text("a\u0000b")))), Direction.NEUTRAL,
        Optional.empty(), true, Optional.empty(), List.of(), Optional.empty(), Optional.of(new SourceLocation("t.yaml", 2, 3)));
    Plan plan = SamplePlans.of(hostile);
    Document doc = parse(Reports.render(ReportFormat.JUNIT, plan));
    Element testcase = (Element) doc.getElementsByTagName("testcase").item(0);
    assertEquals("apexcentral.suspiciousObject[\"domain:<x>&\"y\"\\u0001]]>\"]", testcase.getAttribute("name"));
    assertTrue(testcase.getTextContent().contains("</failure><x>"), testcase.getTextContent());
  }

  private static List<String> names(NodeList nodes) {
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      names.add(((Element) nodes.item(i)).getAttribute("name"));
    }
    return names;
  }

  private static Element testcase(Document doc, String name) {
    NodeList cases = doc.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      if (e.getAttribute("name").equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no testcase " + name);
  }
}
