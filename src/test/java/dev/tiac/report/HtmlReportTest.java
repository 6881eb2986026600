package dev.tiac.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.contract.Address;
import dev.tiac.contract.AttributeChange;
import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.Direction;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.plan.SamplePlans;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private final String html = Reports.render(ReportFormat.HTML, SamplePlans.mixed());

  @Test
  void leadsWithTheHeadlineAndCounts() {
    assertTrue(html.contains("<p class=\"headline critical\">8 of 10 resources drifted (4 critical).</p>"), html);
    assertTrue(html.contains("<li><b>2</b>in sync</li><li><b>8</b>drifted</li><li><b>4</b>critical</li>"), html);
  }

  @Test
  void picturesEachStepInTheColourOfItsWorstResource() {
    assertStep("licences", "in-sync", StepPicture.GREEN);
    assertStep("cas-policies", "drift", StepPicture.AMBER);
    assertStep("cas-service-account", "critical", StepPicture.RED);
    assertStep("ad-sync", "drift", StepPicture.AMBER);
    assertStep("cas-token", "absent", StepPicture.GREY);
    assertStep("blocked-objects", "critical", StepPicture.RED);
  }

  @Test
  void listsTheWorstDriftFirstWithTheFirstTwentyHosts() {
    int atp = html.indexOf("<code>cas.policy[&quot;Default Exchange Policy ATP&quot;]</code>");
    int serviceAccount = html.indexOf("<code>cas.serviceAccount[&quot;exchangeOnline&quot;]</code>");
    assertTrue(serviceAccount > 0 && serviceAccount < atp, "missing protection before a weakening: " + html);
    assertTrue(html.contains("<li>remedy: WS-020.corp.example</li><li>… and 17 more</li>"), html);
    assertFalse(html.contains("WS-021"), html);
  }

  @Test
  void loadsNothingFromOutsideThePage() {
    String lower = html.toLowerCase(Locale.ROOT);
    for (String reference : List.of("src=", "href=", "url(", "@import", "<script", "<link", "<img", "<iframe")) {
      assertFalse(lower.contains(reference), reference);
    }
    assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""), html);
  }

  @Test
  void escapesEverythingFromTheFileAndLiveServices() {
    Change hostile = new Change(Address.of(ResourceKind.SUSPICIOUS_OBJECT, "url:<script>alert(1)</script>"), ChangeKind.UPDATE,
        List.of(AttributeChange.plain("notes", Optional.of(Value.text("<img src=x onerror=alert(2)>")), Optional.of(Value.text("\" onload=\"x")))),
        Direction.NEUTRAL, Optional.empty(), true, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    String page = Reports.render(ReportFormat.HTML, new dev.tiac.plan.Plan("<b>setup</b>", "l", 1, java.util.Map.of(), java.util.Map.of(),
        List.of(hostile), List.of("<i>warn</i>"), List.of()));
    assertFalse(page.contains("<script>") || page.contains("<img") || page.contains("<b>setup") || page.contains("<i>warn"), page);
    assertTrue(page.contains("url:&lt;script&gt;alert(1)&lt;/script&gt;"), page);
    assertTrue(page.contains("&lt;b&gt;setup&lt;/b&gt;"), page);
  }

  @Test
  void saysSoWhenNothingDrifted() {
    String inSync = Reports.render(ReportFormat.HTML, SamplePlans.inSync());
    assertTrue(inSync.contains("<p class=\"headline in-sync\">All 2 resources are in sync.</p>"), inSync);
    assertTrue(inSync.contains("<p>None: the live services match the desired state and every check passes.</p>"), inSync);
  }

  private void assertStep(String step, String status, String colour) {
    int at = html.indexOf("data-step=\"" + step + "\" data-status=\"" + status + "\"");
    assertTrue(at > 0, step + " is not " + status);
    int fill = html.indexOf("fill=\"", at);
    assertEquals(colour, html.substring(fill + 6, fill + 13), step);
  }
}
